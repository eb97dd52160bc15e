// A transfer record shaped like vocab/examples/transfer.ttl, without proofs, as signing input.

export const TRANSFER_URL = 'https://pods.example/brixton-lets/ledger/transfers/376b7c89-baf8-4bda-9b0b-513ebee1720c';
export const AMINA = 'https://pods.example/amina/profile/card#me';
export const AMINA_KEY = 'https://pods.example/amina/profile/card#key-1';
export const BEN = 'https://pods.example/ben/profile/card#me';
export const BEN_KEY = 'https://pods.example/ben/profile/card#key-1';

export const TRANSFER_TURTLE = `
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix mutua:   <https://w3id.org/mutua/ns#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .

<#it> a mutua:Transfer ;
    dcterms:identifier "urn:uuid:376b7c89-baf8-4bda-9b0b-513ebee1720c" ;
    mutua:payer <${AMINA}> ;
    mutua:payee <${BEN}> ;
    mutua:amount 1250 ;
    mutua:currency <https://pods.example/brixton-lets/mutua/currency#it> ;
    mutua:group <https://pods.example/brixton-lets/profile/card#group> ;
    dcterms:description "Help moving a sofa up three floors — \\"très\\" lourd\\n2nd line" ;
    dcterms:created "2026-03-05T17:42:10Z"^^xsd:dateTime ;
    mutua:initiator <${AMINA}> .
`;

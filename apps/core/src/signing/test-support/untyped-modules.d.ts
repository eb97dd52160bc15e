// Digital Bazaar's Data Integrity stack ships no TypeScript types; the interop test only needs
// to call it, so these modules are typed as `any`.
declare module 'jsonld';
declare module 'jsonld-signatures';
declare module '@digitalbazaar/data-integrity';
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
declare module '@digitalbazaar/ed25519-multikey';
declare module '@digitalbazaar/data-integrity-context';
declare module '@digitalbazaar/multikey-context';
declare module '@digitalbazaar/security-context';


    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's143b55dbad45cec3': `Votre connexion n’a pas pu aboutir. Reconnectez-vous ; si le problème persiste, demandez à l’hébergeur de votre réseau de vérifier le serveur de pods.`,
's1460e7a40c41a99e': `Vérification de votre session…`,
's1c5193488e32c8c4': `Votre serveur de pods a refusé de montrer votre profil. Vérifiez que votre document de profil existe et qu’il est public, puis réessayez.`,
's213d06c14b3b588a': str`Impossible de joindre le fournisseur d’identité ${0}. Vérifiez l’adresse (par exemple https://solidcommunity.net) ou connectez-vous avec le serveur de pods de ce réseau.`,
's30863ab246ec790c': `Votre profil n’a pas pu être chargé. Vérifiez que votre serveur de pods fonctionne, puis réessayez.`,
's30ccf2ece9fb8439': `L’adresse où vous vous connectez d’habitude à votre pod.`,
's3ab310360342e008': `Adresse du fournisseur d’identité`,
's5a48eabec8daa200': `Mutua conserve vos offres, paiements et votes dans un pod que vous contrôlez. Connectez-vous pour voir votre réseau.`,
's5e071c32778b89fe': `La déconnexion n’a pas abouti. Par précaution, fermez cet onglet puis rouvrez Mutua.`,
's60f8b7ba6b361833': `Connectez-vous avec votre pod Solid`,
's6aa7de1d5bc7c7d0': str`Connecté·e en tant que ${0}`,
's6abb1cd87fe0114e': `Accueil`,
's7550210e834ae886': `Accueil de Mutua`,
's75af69d3735e4862': `Cette application n’a pas pu être chargée.`,
's7a91388bbe8aff29': `Redirection vers votre fournisseur d’identité…`,
's85a488cacb57688b': str`Bienvenue, ${0}`,
's89d2d4308fafe9d2': `Se connecter avec le serveur de pods de ce réseau`,
's8a24f9b9d6693185': `Une erreur s’est produite. Rechargez la page et réessayez.`,
's9c94e3d1d3ef33a3': `Ouverture…`,
's9f0bba35c2c68ac5': `Connexion au fournisseur d’identité…`,
'sa29521a415f63f6c': `Utiliser un autre fournisseur`,
'sa29a6090a756adc5': `La connexion n’a pas pu démarrer. Vérifiez l’adresse du fournisseur d’identité et réessayez.`,
'sad7ef08c02eaee48': `Saisissez une adresse web commençant par https:// (ou http:// pour un serveur sur cet ordinateur).`,
'sadf9ac04abb2c03e': `Détails techniques`,
'sb51877a8c3db7910': `Bienvenue sur Mutua`,
'sb64127e4e4f0b575': `Se déconnecter`,
'sb9f217003cc119af': str`Vous êtes connecté·e avec ${0}.`,
'sbcf59c63f8c26da5': str`Votre pod est hébergé sur ${0}.`,
'sca01036e4e8204a6': `Mutua n’a pas pu charger ses réglages depuis ce serveur. Rechargez la page ; si cela ne suffit pas, redémarrez Mutua avec npm start.`,
'scb04435672ac5410': `Se connecter`,
'scd1dd6ff53d0d01a': `Réessayer`,
'sd5e9b70ffb7a8b46': `Aller au contenu`,
'se8b61c2f9d07bcef': `Chargement de votre profil…`,
'seb05ed48451345f4': `Vos données restent dans votre propre pod Solid.`,
'sefcf950b3cc4fc3b': `Langue`,
'sf197827286e5876d': `Votre document de profil est illisible. Corrigez-le avec un éditeur de pod, ou demandez de l’aide à l’hébergeur de votre pod.`,
'sf7eeef8b4d6e602d': `Applications`,
    };
  
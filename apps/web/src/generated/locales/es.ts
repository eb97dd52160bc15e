
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's143b55dbad45cec3': `No se pudo completar el inicio de sesión. Vuelve a iniciar sesión; si sigue fallando, pide a quien aloja tu red que revise el servidor de pods.`,
's1460e7a40c41a99e': `Comprobando tu sesión…`,
's1c5193488e32c8c4': `Tu servidor de pods se negó a mostrar tu perfil. Comprueba que tu documento de perfil existe y es público, e inténtalo de nuevo.`,
's213d06c14b3b588a': str`No se pudo contactar con el proveedor de identidad ${0}. Revisa la dirección (por ejemplo https://solidcommunity.net) o inicia sesión con el servidor de pods de esta red.`,
's30863ab246ec790c': `No se pudo cargar tu perfil. Comprueba que tu servidor de pods está en marcha e inténtalo de nuevo.`,
's30ccf2ece9fb8439': `La dirección donde sueles iniciar sesión en tu pod.`,
's3ab310360342e008': `Dirección del proveedor de identidad`,
's5a48eabec8daa200': `Mutua guarda tus ofertas, pagos y votos en un pod que tú controlas. Inicia sesión para ver tu red.`,
's5e071c32778b89fe': `No se pudo cerrar la sesión. Por seguridad, cierra esta pestaña y vuelve a abrir Mutua.`,
's60f8b7ba6b361833': `Inicia sesión con tu pod Solid`,
's6aa7de1d5bc7c7d0': str`Sesión iniciada como ${0}`,
's6abb1cd87fe0114e': `Inicio`,
's7550210e834ae886': `Inicio de Mutua`,
's75af69d3735e4862': `No se pudo cargar esta aplicación.`,
's7a91388bbe8aff29': `Te llevamos a tu proveedor de identidad…`,
's85a488cacb57688b': str`Hola, ${0}`,
's89d2d4308fafe9d2': `Iniciar sesión con el servidor de pods de esta red`,
's8a24f9b9d6693185': `Algo ha fallado. Recarga la página e inténtalo de nuevo.`,
's9c94e3d1d3ef33a3': `Abriendo…`,
's9f0bba35c2c68ac5': `Contactando con el proveedor de identidad…`,
'sa29521a415f63f6c': `Usar otro proveedor`,
'sa29a6090a756adc5': `No se pudo iniciar la sesión. Revisa la dirección del proveedor de identidad e inténtalo de nuevo.`,
'sad7ef08c02eaee48': `Escribe una dirección web que empiece por https:// (o http:// para un servidor en este ordenador).`,
'sadf9ac04abb2c03e': `Detalles técnicos`,
'sb51877a8c3db7910': `Te damos la bienvenida a Mutua`,
'sb64127e4e4f0b575': `Cerrar sesión`,
'sb9f217003cc119af': str`Has iniciado sesión con ${0}.`,
'sbcf59c63f8c26da5': str`Tu pod está alojado en ${0}.`,
'sca01036e4e8204a6': `Mutua no pudo cargar su configuración desde este servidor. Recarga la página; si no basta, reinicia Mutua con npm start.`,
'scb04435672ac5410': `Iniciar sesión`,
'scd1dd6ff53d0d01a': `Reintentar`,
'sd5e9b70ffb7a8b46': `Ir al contenido`,
'se8b61c2f9d07bcef': `Cargando tu perfil…`,
'seb05ed48451345f4': `Tus datos se quedan en tu propio pod Solid.`,
'sefcf950b3cc4fc3b': `Idioma`,
'sf197827286e5876d': `No se pudo leer tu documento de perfil. Corrígelo con un editor de pods o pide ayuda a quien aloja tu pod.`,
'sf7eeef8b4d6e602d': `Aplicaciones`,
    };
  
/** ActivityStreams terms for notifications that the generated vocabulary constants do not list yet. */
const AS = 'https://www.w3.org/ns/activitystreams#';
export const AS_ACCEPT = `${AS}Accept`;
export const AS_REJECT = `${AS}Reject`;
export const AS_REMOVE = `${AS}Remove`;
export const AS_LEAVE = `${AS}Leave`;
export const AS_UPDATE = `${AS}Update`;
export const AS_TARGET = `${AS}target`;
export const AS_SUMMARY = `${AS}summary`;

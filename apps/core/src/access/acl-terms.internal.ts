/** WAC terms used to write and read ACL documents. */
export const ACL = 'http://www.w3.org/ns/auth/acl#';
export const ACL_AUTHORIZATION = `${ACL}Authorization`;
export const ACL_ACCESS_TO = `${ACL}accessTo`;
export const ACL_DEFAULT = `${ACL}default`;
export const ACL_AGENT = `${ACL}agent`;
export const ACL_AGENT_GROUP = `${ACL}agentGroup`;
export const ACL_AGENT_CLASS = `${ACL}agentClass`;
export const ACL_MODE = `${ACL}mode`;
export const ACL_AUTHENTICATED_AGENT = `${ACL}AuthenticatedAgent`;
export const FOAF_AGENT = 'http://xmlns.com/foaf/0.1/Agent';
export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** Fragments of the rules Mutua writes; membership changes find agents by these names. */
export const RULE = {
  owner: 'owner',
  admin: 'admins',
  member: 'members',
  /** Members' modes inside a container only (acl:default without acl:accessTo), e.g. votes on proposals only admins create. */
  memberWithin: 'members-within',
  /** The one member who writes a news author's own posts container (decision 0080). */
  author: 'author',
  authenticated: 'authenticated',
  public: 'public',
} as const;

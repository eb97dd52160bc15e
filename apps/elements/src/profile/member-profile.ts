/** What the shell shows about a member, read from their WebID profile. */
export interface MemberProfile {
  readonly webId: string;
  /** foaf:name or vcard:fn; undefined when the profile has neither. */
  readonly name: string | undefined;
  /** vcard:hasPhoto or foaf:img, only when it is an http(s) URL. */
  readonly photoUrl: string | undefined;
}

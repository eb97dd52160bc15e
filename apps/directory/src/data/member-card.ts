/** What the directory shows of one member: their public details and the groups they share with the viewer. */
export interface MemberCard {
  readonly webId: string;
  readonly name: string;
  readonly note?: string;
  readonly photo?: string;
  readonly skills: readonly string[];
  readonly place?: string;
  /** Names and IRIs of the viewer's groups this member belongs to. */
  readonly groups: readonly { readonly url: string; readonly name: string; readonly role: 'admin' | 'member' }[];
}

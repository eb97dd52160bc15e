/** The in-app path of an offer's page; the group says which listing the member came from. */
export function offerPageLink(offer: string, group?: string): string {
  const params = new URLSearchParams({ url: offer });
  if (group) params.set('group', group);
  return `/marketplace/offer?${params.toString()}`;
}

/** A small SVG avatar with the member's initials, so demo profiles have a photo without binary files. */
export function avatarSvg(name: string, colour: string): string {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
  const escaped = initials.replace(/[<>&"']/g, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
<rect width="256" height="256" rx="128" fill="${colour}"/>
<text x="128" y="128" dy="0.35em" text-anchor="middle" font-family="sans-serif" font-size="104" fill="#fff">${escaped}</text>
</svg>
`;
}

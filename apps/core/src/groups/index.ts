export { groupLayout, groupRootOf, type GroupLayout } from './group-layout.js';
export { createGroup, type GroupSetup } from './create-group.js';
export { saveGroupProfile } from './save-group-profile.js';
export type { GroupProfile } from './group-profile.js';
export {
  categorySchemeToQuads,
  categorySchemeFromQuads,
  categorySchemeProblems,
  categoryUrl,
  setCategory,
  removeCategory,
  type Category,
  type CategoryScheme,
} from './category-scheme.js';
export { setCategoryScheme, getCategoryScheme } from './set-category-scheme.js';
export { addPartnerGroup, removePartnerGroup } from './partner-groups.js';
export { getNetworkDirectory, type NetworkDirectory, type NetworkDirectoryOptions } from './get-network-directory.js';

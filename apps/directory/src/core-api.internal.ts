// The groups, membership and onboarding surface of the core, imported by path because
// @mutua/core's index does not export it yet (pod-server/src/seed-groups.ts does the same).
// When the index does, this file becomes re-exports from '@mutua/core' and nothing else changes.
export { groupLayout, groupRootOf, type GroupLayout } from '../../core/src/groups/group-layout.js';
export { createGroup, type GroupSetup } from '../../core/src/groups/create-group.js';
export { getCategoryScheme, type CategoryScheme } from '../../core/src/groups/index.js';
export { getNetworkDirectory } from '../../core/src/groups/get-network-directory.js';
export { membershipUrlFor } from '../../core/src/membership/membership-url.js';
export { requestToJoin } from '../../core/src/membership/request-to-join.js';
export { getJoinRequests } from '../../core/src/membership/get-join-requests.js';
export { approveJoinRequest, declineJoinRequest } from '../../core/src/membership/decide-join-request.js';
export { getMembers } from '../../core/src/membership/get-members.js';
export { setMemberRole } from '../../core/src/membership/set-member-role.js';
export { removeMember } from '../../core/src/membership/remove-member.js';
export { leaveGroup } from '../../core/src/membership/leave-group.js';
export { processLeaveRequests, confirmLeaveRequest, dismissLeaveRequest } from '../../core/src/membership/process-leave-requests.js';
export type { LeaveRequest } from '../../core/src/membership/get-leave-requests.js';
export { setMemberLimits, type MemberLimits } from '../../core/src/membership/member-limits.js';
export { saveGroupCurrency } from '../../core/src/ledger/save-group-currency.js';
export type { MemberDetails } from '../../core/src/onboarding/member-details.js';
export { getOnboardingStatus } from '../../core/src/onboarding/get-onboarding-status.js';
export { getMemberDetails } from '../../core/src/onboarding/get-member-details.js';
export { saveMemberDetails } from '../../core/src/onboarding/save-member-details.js';
export { uploadProfilePhoto, MAX_PHOTO_BYTES } from '../../core/src/onboarding/upload-profile-photo.js';
export { onboardMember, type OnboardingStep } from '../../core/src/onboarding/onboard-member.js';
export { getInboxOf } from '../../core/src/membership/inbox-of.js';
export { saveGroupProfile } from '../../core/src/groups/save-group-profile.js';
export { setCategoryScheme, setCategory, removeCategory } from '../../core/src/groups/index.js';

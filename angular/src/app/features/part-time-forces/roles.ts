import { PartTimeForceRole } from '../../proxy/models';

/** In the order a community lists them. */
export const PART_TIME_FORCE_ROLES: readonly PartTimeForceRole[] = [
  'BuildingLeader', 'ResidentGroupLeader', 'Volunteer', 'PropertySteward', 'PartyMember', 'GridInstructor',
];

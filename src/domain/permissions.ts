export const ROLES = ['member', 'secretary', 'official', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: their role and, for members and secretaries, their chamber. */
export interface Actor {
  memberId: number;
  role: Role;
  chamberId: number | null;
}

/** What is being touched: a chamber's record, possibly reported or owned by someone. */
export interface Target {
  chamberId: number;
  reporterId?: number | null;
  ownerId?: number | null;
}

export type Action =
  | 'lead.create'
  | 'lead.read'
  | 'lead.update'
  | 'lead.assign'
  | 'lead.readContact'
  | 'lead.delete'
  | 'lead.merge'
  | 'event.create'
  | 'event.read'
  | 'event.update'
  | 'group.bind'
  | 'summary.read'
  | 'catalog.publish'
  | 'chamber.setIndustries'
  | 'chamber.manage'
  | 'role.manage'
  | 'member.read'
  | 'member.invite'
  | 'member.remove';

/**
 * How far a role reaches for an action:
 * - `none`: never;
 * - `own`: records of the actor's chamber that the actor reported or owns;
 * - `chamber`: any record of the actor's chamber;
 * - `all`: every chamber.
 */
export type Reach = 'none' | 'own' | 'chamber' | 'all';

/** The one table that decides who may see and change what. */
export const PERMISSIONS: Record<Action, Record<Role, Reach>> = {
  'lead.create': { member: 'chamber', secretary: 'chamber', official: 'none', admin: 'none' },
  'lead.read': { member: 'chamber', secretary: 'chamber', official: 'all', admin: 'all' },
  'lead.update': { member: 'own', secretary: 'chamber', official: 'none', admin: 'none' },
  'lead.assign': { member: 'none', secretary: 'chamber', official: 'none', admin: 'none' },
  'lead.readContact': { member: 'none', secretary: 'chamber', official: 'all', admin: 'none' },
  'lead.delete': { member: 'none', secretary: 'chamber', official: 'none', admin: 'none' },
  'lead.merge': { member: 'none', secretary: 'chamber', official: 'none', admin: 'none' },
  'event.create': { member: 'chamber', secretary: 'chamber', official: 'none', admin: 'none' },
  'event.read': { member: 'chamber', secretary: 'chamber', official: 'all', admin: 'all' },
  'event.update': { member: 'own', secretary: 'chamber', official: 'none', admin: 'none' },
  'group.bind': { member: 'none', secretary: 'chamber', official: 'none', admin: 'none' },
  'summary.read': { member: 'chamber', secretary: 'chamber', official: 'all', admin: 'all' },
  'catalog.publish': { member: 'none', secretary: 'none', official: 'all', admin: 'all' },
  'chamber.setIndustries': { member: 'none', secretary: 'chamber', official: 'none', admin: 'none' },
  'chamber.manage': { member: 'none', secretary: 'none', official: 'none', admin: 'all' },
  'role.manage': { member: 'none', secretary: 'none', official: 'none', admin: 'all' },
  // Officials read every chamber's people (who reports, who is idle) but neither invite nor remove.
  'member.read': { member: 'none', secretary: 'chamber', official: 'all', admin: 'all' },
  'member.invite': { member: 'none', secretary: 'chamber', official: 'none', admin: 'all' },
  'member.remove': { member: 'none', secretary: 'chamber', official: 'none', admin: 'all' },
};

/**
 * The roles an actor may hand out (by invite) or take away (by removal): a secretary deals in
 * members of their chamber only, never in their peers or above; an admin in every role.
 */
export function grantableRoles(actor: Actor): readonly Role[] {
  if (actor.role === 'admin') return ROLES;
  if (actor.role === 'secretary' && actor.chamberId !== null) return ['member'];
  return [];
}

export function reachOf(actor: Actor, action: Action): Reach {
  return PERMISSIONS[action][actor.role];
}

/** May the actor do this action on this target (or at all, when no target is given)? */
export function can(actor: Actor, action: Action, target?: Target): boolean {
  const reach = reachOf(actor, action);
  if (reach === 'none') return false;
  if (reach === 'all') return true;
  if (actor.chamberId === null) return false;
  if (!target) return true;
  if (target.chamberId !== actor.chamberId) return false;
  if (reach === 'chamber') return true;
  return target.reporterId === actor.memberId || target.ownerId === actor.memberId;
}

/** The chambers whose records the actor may list for an action: `all` or a list (possibly empty). */
export function visibleChambers(actor: Actor, action: Action): 'all' | number[] {
  const reach = reachOf(actor, action);
  if (reach === 'all') return 'all';
  if (reach === 'none' || actor.chamberId === null) return [];
  return [actor.chamberId];
}

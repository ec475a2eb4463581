import { describe, expect, it } from 'vitest';
import { can, grantableRoles, visibleChambers, type Action, type Actor, type Role, type Target } from '../../src/domain/permissions.ts';

const CHAMBER = 1;
const OTHER = 2;
const actor = (role: Role, chamberId: number | null = role === 'official' || role === 'admin' ? null : CHAMBER): Actor => ({
  memberId: 10,
  role,
  chamberId,
});

// Each row: who, what, on which record → allowed? The table is the product's promise on access.
const own: Target = { chamberId: CHAMBER, reporterId: 10, ownerId: null };
const colleague = { chamberId: CHAMBER, reporterId: 11, ownerId: null };
const ownedByMe = { chamberId: CHAMBER, reporterId: 11, ownerId: 10 };
const otherChamber = { chamberId: OTHER, reporterId: 12, ownerId: null };

const table: [Role, Action, Target, boolean][] = [
  ['member', 'lead.read', colleague, true],
  ['member', 'lead.read', otherChamber, false],
  ['member', 'lead.update', own, true],
  ['member', 'lead.update', ownedByMe, true],
  ['member', 'lead.update', colleague, false],
  ['member', 'lead.assign', own, false],
  ['member', 'lead.readContact', own, false],
  ['member', 'lead.create', own, true],
  ['member', 'group.bind', own, false],
  ['member', 'lead.delete', own, false],
  ['member', 'lead.merge', own, false],
  ['member', 'event.update', own, true],
  ['member', 'event.update', colleague, false],
  ['member', 'summary.read', own, true],
  ['member', 'summary.read', otherChamber, false],
  ['secretary', 'lead.read', colleague, true],
  ['secretary', 'lead.read', otherChamber, false],
  ['secretary', 'lead.update', colleague, true],
  ['secretary', 'lead.update', otherChamber, false],
  ['secretary', 'lead.assign', colleague, true],
  ['secretary', 'lead.assign', otherChamber, false],
  ['secretary', 'lead.readContact', colleague, true],
  ['secretary', 'lead.readContact', otherChamber, false],
  ['secretary', 'group.bind', colleague, true],
  ['secretary', 'lead.delete', colleague, true],
  ['secretary', 'lead.delete', otherChamber, false],
  ['secretary', 'lead.merge', colleague, true],
  ['secretary', 'lead.merge', otherChamber, false],
  ['secretary', 'event.update', colleague, true],
  ['secretary', 'event.update', otherChamber, false],
  ['secretary', 'summary.read', otherChamber, false],
  ['official', 'lead.read', otherChamber, true],
  ['official', 'lead.delete', otherChamber, false],
  ['official', 'event.update', otherChamber, false],
  ['official', 'lead.readContact', otherChamber, true],
  ['official', 'lead.update', otherChamber, false],
  ['official', 'lead.create', otherChamber, false],
  ['official', 'summary.read', otherChamber, true],
  ['member', 'catalog.publish', own, false],
  ['secretary', 'catalog.publish', colleague, false],
  ['official', 'catalog.publish', otherChamber, true],
  ['secretary', 'chamber.setIndustries', colleague, true],
  ['secretary', 'chamber.setIndustries', otherChamber, false],
  ['member', 'chamber.setIndustries', colleague, false],
  ['admin', 'chamber.manage', otherChamber, true],
  ['admin', 'role.manage', otherChamber, true],
  ['admin', 'lead.readContact', otherChamber, false],
  ['admin', 'lead.update', otherChamber, false],
  ['member', 'member.read', colleague, false],
  ['secretary', 'member.read', colleague, true],
  ['secretary', 'member.read', otherChamber, false],
  ['official', 'member.read', otherChamber, true],
  ['admin', 'member.read', otherChamber, true],
  ['member', 'member.invite', colleague, false],
  ['secretary', 'member.invite', colleague, true],
  ['secretary', 'member.invite', otherChamber, false],
  ['official', 'member.invite', otherChamber, false],
  ['admin', 'member.invite', otherChamber, true],
  ['member', 'member.remove', colleague, false],
  ['secretary', 'member.remove', colleague, true],
  ['secretary', 'member.remove', otherChamber, false],
  ['official', 'member.remove', otherChamber, false],
  ['admin', 'member.remove', otherChamber, true],
  ['secretary', 'chamber.manage', colleague, false],
  ['official', 'chamber.manage', otherChamber, false],
  ['secretary', 'role.manage', colleague, false],
  ['official', 'role.manage', otherChamber, false],
];

describe('permissions table', () => {
  it.each(table)('%s %s → %s', (role, action, target, allowed) => {
    expect(can(actor(role), action, target)).toBe(allowed);
  });

  it('gives a member or secretary without a chamber nothing of any chamber', () => {
    expect(can(actor('secretary', null), 'lead.read', colleague)).toBe(false);
    expect(visibleChambers(actor('member', null), 'lead.read')).toEqual([]);
  });

  it('lets a secretary hand out and take away the member role only, an admin every role, others none', () => {
    expect(grantableRoles(actor('member'))).toEqual([]);
    expect(grantableRoles(actor('secretary'))).toEqual(['member']);
    expect(grantableRoles(actor('secretary', null))).toEqual([]);
    expect(grantableRoles(actor('official'))).toEqual([]);
    expect(grantableRoles(actor('admin'))).toEqual(['member', 'secretary', 'official', 'admin']);
  });

  it('lists the chambers each role may read', () => {
    expect(visibleChambers(actor('member'), 'lead.read')).toEqual([CHAMBER]);
    expect(visibleChambers(actor('official'), 'lead.read')).toBe('all');
    expect(visibleChambers(actor('member'), 'summary.read')).toEqual([CHAMBER]);
  });
});

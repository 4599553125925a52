import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GridStaffPermissions, GridStaffRoles } from '../src/app/core/auth/permissions';

const repo = join(process.cwd(), '..'); // tests run from angular/

/** The Angular permission names are the C# ones: the menu and guards never drift from the API. */
test('permission names match GridStaffPermissions.cs', () => {
  const source = readFileSync(join(repo, 'src/GridStaff.Application.Contracts/Permissions/GridStaffPermissions.cs'), 'utf8');
  const csharp = new Set<string>();
  let owner = '';
  for (const line of source.split('\n')) {
    owner = line.match(/public static class (\w+)/)?.[1] ?? owner;
    const constant = line.match(/const string \w+ = (GroupName|Default) \+ "([^"]*)"/);
    if (constant) csharp.add(constant[1] === 'GroupName' ? `GridStaff${constant[2]}` : `GridStaff.${owner}${constant[2]}`);
  }
  expect(csharp).toContain('GridStaff.Grids.Update');
  expect(csharp).toContain('GridStaff.Hangfire.Dashboard');
  const angular = new Set(Object.values(GridStaffPermissions).flatMap(group => Object.values(group)));
  expect([...angular].filter(p => !csharp.has(p))).toEqual([]);
});

test('role names match GridStaffRoles.cs', () => {
  const source = readFileSync(join(repo, 'src/GridStaff.Domain.Shared/Identity/GridStaffRoles.cs'), 'utf8');
  const csharp = [...source.matchAll(/const string \w+ = "([^"]+)"/g)].map(m => m[1]);
  expect(Object.values(GridStaffRoles).sort()).toEqual(csharp.sort());
});

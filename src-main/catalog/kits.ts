import type { z } from 'zod';
import type { Ctx } from '../api/context';
import { DomainError } from '../core/errors';
import type { ResourceDetailDto, resourceSetComponentsInput } from './contract';
import { getResource, kitEdges } from './resource-read';
import { loadForUpdate, writeVersioned } from './resource-write';
import { notFoundAt, refuseFields } from './refusals';
import { componentIssues, type ComponentCandidate } from './rules';

/**
 * Replaces a kit's composition. The kit's version guards the list as a whole: two agents editing
 * the same kit cannot interleave their lists.
 */
export async function setKitComponents(
  ctx: Ctx,
  input: z.output<typeof resourceSetComponentsInput>,
): Promise<ResourceDetailDto> {
  const kit = await loadForUpdate(ctx.db, input.kitId, input.version);
  if (kit.status === 'retired')
    throw new DomainError('INVALID_STATE', 'resource_retired', { name: kit.name });
  const ids = input.components.map((c) => c.componentId);
  const rows =
    ids.length === 0
      ? []
      : await ctx.db
          .selectFrom('resources')
          .select(['id', 'name', 'status', 'quantity_owned'])
          .where('id', 'in', ids)
          .execute();
  const found = new Map<number, ComponentCandidate>(
    rows.map((r) => [r.id, { id: r.id, name: r.name, status: r.status, quantityOwned: r.quantity_owned }]),
  );
  const missing = input.components.findIndex((c) => c.componentId !== kit.id && !found.has(c.componentId));
  if (missing >= 0) {
    const compId = input.components[missing]?.componentId as number;
    throw notFoundAt(ctx.lang, 'resource', compId, `components.${missing}.componentId`);
  }
  const issues = componentIssues(kit.id, input.components, found, await kitEdges(ctx.db));
  if (issues.length > 0) refuseFields(ctx.lang, issues);

  await ctx.db.deleteFrom('kit_components').where('kit_id', '=', kit.id).execute();
  if (input.components.length > 0) {
    await ctx.db
      .insertInto('kit_components')
      .values(
        input.components.map((c) => ({ kit_id: kit.id, component_id: c.componentId, quantity: c.quantity })),
      )
      .execute();
  }
  await writeVersioned(ctx, kit.id, input.version, {});
  ctx.audit({ entity: 'resource', entityId: kit.id, action: 'set_components', fields: ['components'] });
  return getResource(ctx.db, ctx.now, kit.id);
}

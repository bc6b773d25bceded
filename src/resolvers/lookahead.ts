import {
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type NamedTypeNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Whether the operation selects `field` directly under the current field (through inline fragments
 * and named fragments too). Lets a resolver start child loads in the same round trip as the parent.
 */
export function selectsChild(info: GraphQLResolveInfo, field: string): boolean {
  return childFields(info, info.fieldNodes).has(field);
}

/** The fields under `nodes` by name (aliases merged), through the fragments `applies` admits. */
function collectFields(
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  nodes: readonly FieldNode[],
  applies: (condition: NamedTypeNode | undefined) => boolean,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (selectionSet: SelectionSetNode | undefined, seen: ReadonlySet<string>): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const group = fields.get(name);
        if (group) group.push(selection);
        else fields.set(name, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition)) visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition))
          visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, new Set());
  return fields;
}

/**
 * The fields selected directly under `nodes`, by field name (aliases merged), through inline and
 * named fragments. Type conditions and `@skip`/`@include` are ignored: the answer is a superset of
 * what will be resolved, which is what a loader deciding what to read needs.
 */
export function childFields(
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  nodes: readonly FieldNode[],
): Map<string, FieldNode[]> {
  return collectFields(info, nodes, () => true);
}

/**
 * The fields `nodes` select on the object type `typeName`: like `childFields`, but fragments on
 * another object type are left out (`_entities` asks `... on Booking { … } ... on Person { … }` in
 * one selection). A fragment on an abstract type may apply, so it counts.
 */
export function fieldsOnType(
  info: Pick<GraphQLResolveInfo, 'fragments' | 'schema'>,
  nodes: readonly FieldNode[],
  typeName: string,
): Map<string, FieldNode[]> {
  return collectFields(
    info,
    nodes,
    (condition) =>
      !condition || condition.name.value === typeName || !isObjectType(info.schema.getType(condition.name.value)),
  );
}

/** The fields selected under the path of field names below `nodes` (`['edges', 'node']`), merged. */
export function fieldsAt(
  info: Pick<GraphQLResolveInfo, 'fragments'>,
  nodes: readonly FieldNode[],
  path: readonly string[],
): Map<string, FieldNode[]> {
  let current: readonly FieldNode[] = nodes;
  for (const name of path) current = childFields(info, current).get(name) ?? [];
  return childFields(info, current);
}

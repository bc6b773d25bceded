import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices as composeWithGuild } from '@theguild/federation-composition';
import {
  GraphQLSchema,
  Kind,
  buildSchema,
  lexicographicSortSchema,
  parse,
  print,
  printSchema,
  specifiedDirectives,
  type DirectiveDefinitionNode,
} from 'graphql';
import {
  FEDERATION_VERSION,
  composeSupergraph,
  type ComposedSupergraph,
  projectRoot,
  renderRoverConfig,
  subgraphSources,
} from '../../examples/supergraph/compose';

const sources = subgraphSources();
const guildServices = sources.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) }));

// Composition takes most of a second: each composer runs once, on first use, for the whole file.
let apolloResult: ComposedSupergraph | undefined;
let guildResult: ReturnType<typeof composeWithGuild> | undefined;
const apollo = (): ComposedSupergraph => (apolloResult ??= composeSupergraph(sources));
const guild = (): ReturnType<typeof composeWithGuild> => (guildResult ??= composeWithGuild(guildServices));

/**
 * Comparable form of a client-facing schema's types: sorted, printed. Directive definitions are
 * left out because the composers differ there: Guild's public schema declares `@pii`, Apollo's
 * API schema drops it (both keep it in the supergraph, which is what the router reads).
 */
const canonicalTypes = (sdl: string): string =>
  printSchema(
    lexicographicSortSchema(new GraphQLSchema({ ...buildSchema(sdl).toConfig(), directives: specifiedDirectives })),
  );

describe('the supergraph of bookings, relationships and quotes', () => {
  it('composes with @apollo/composition without errors', () => {
    expect(() => apollo()).not.toThrow();
  });

  it('gives the composition hints recorded in the snapshot', () => {
    const { hints } = apollo();
    expect(hints.map((hint) => ({ code: hint.definition.code, message: hint.message }))).toMatchSnapshot();
  });

  it('composes with @theguild/federation-composition without errors', () => {
    const result = guild();
    expect(result.errors?.map((error) => error.message)).toBeUndefined();
    expect(result.supergraphSdl).toContain('@join__graph(name: "bookings"');
  });

  it('shows clients the same types and fields under both composers', () => {
    expect(canonicalTypes(guild().publicSdl ?? '')).toBe(canonicalTypes(apollo().apiSdl));
  });

  it.each([
    ['@apollo/composition', () => apollo().supergraphSdl],
    ['@theguild/federation-composition', () => guild().supergraphSdl ?? ''],
  ])('keeps the @pii directive and where it is applied under %s', (_composer, supergraphSdl) => {
    const sdl = supergraphSdl();
    // Compared as a definition, not as text: composers print the argument's description differently.
    const pii = parse(sdl).definitions.find(
      (definition): definition is DirectiveDefinitionNode =>
        definition.kind === Kind.DIRECTIVE_DEFINITION && definition.name.value === 'pii',
    );
    expect(
      pii &&
        print({
          ...pii,
          description: undefined,
          arguments: pii.arguments?.map((argument) => ({ ...argument, description: undefined })),
        }),
    ).toBe('directive @pii(mask: String = "text") on FIELD_DEFINITION');
    expect(sdl).toMatch(/email: String @pii\(mask: "email"\)/);
    expect(sdl).toMatch(/taxId: String @pii\(mask: "text"\)/);
  });
});

describe('rover.yaml', () => {
  it('lists the subgraphs npm run supergraph composes', () => {
    expect(readFileSync(join(projectRoot(), 'rover.yaml'), 'utf8')).toBe(renderRoverConfig());
  });

  it('pins the federation version of the installed @apollo/composition', () => {
    const { version } = JSON.parse(readFileSync(require.resolve('@apollo/composition/package.json'), 'utf8')) as {
      version: string;
    };
    expect(FEDERATION_VERSION).toBe(`=${version}`);
  });
});

import { buildSchema, isObjectType } from 'graphql';
import { composeSupergraph, subgraphSources, type ComposedSupergraph } from '../../examples/supergraph/compose';

let composed: ComposedSupergraph | undefined;
const supergraph = (): ComposedSupergraph => (composed ??= composeSupergraph(subgraphSources()));

describe('the example catalog in the supergraph', () => {
  it('gives clients Query.rateCards with the contract of design §2', () => {
    const api = buildSchema(supergraph().apiSdl);
    const field = api.getQueryType()?.getFields().rateCards;
    expect(field?.type.toString()).toBe('[RateCard]!');
    expect(field?.args.map((argument) => `${argument.name}: ${argument.type.toString()}`)).toEqual([
      'requests: [RateCardRequest!]!',
    ]);
    const request = api.getType('RateCardRequest');
    expect(request && 'getFields' in request ? Object.keys(request.getFields()) : []).toEqual([
      'productId',
      'optionId',
      'departureId',
      'catalogId',
    ]);
  });

  it.each(['RateCard', 'ProductOption'])('makes %s an entity keyed by id and owned by the catalog', (typeName) => {
    expect(supergraph().supergraphSdl).toMatch(
      new RegExp(`type ${typeName}\\s+@join__type\\(graph: CATALOG, key: "id"\\)`),
    );
  });

  it('shows clients the questionnaire under ProductOption', () => {
    const option = buildSchema(supergraph().apiSdl).getType('ProductOption');
    expect(isObjectType(option) ? option.getFields().bookingQuestionnaire?.type.toString() : undefined).toBe(
      'BookingQuestionnaire',
    );
  });
});

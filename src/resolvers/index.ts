import type { Resolvers } from '../generated/graphql';
import { enumValueMaps } from '../schema/enum-values';
import { approvalResolvers } from './approvals';
import { bookingResolvers } from './booking';
import { federationResolvers } from './federation';
import { inventoryResolvers } from './inventory';
import { inventoryMutationResolvers } from './inventory-mutation';
import { mergeResolvers } from './merge';
import { mutationResolvers } from './mutation';
import { queryResolvers } from './query';
import { requirementResolvers } from './requirements';
import { resultResolvers } from './results';
import { sagaResolvers } from './sagas';
import { scalarResolvers } from './scalars';
import { supplierResolvers } from './suppliers';
import { travelDetailsResolvers } from './travel-details';
import { storefrontResolvers, storefrontResultResolvers } from './storefront';

export const enumResolvers = (sdl: string): Resolvers => enumValueMaps(sdl);

export function buildResolvers(sdl: string): Resolvers {
  return mergeResolvers(
    scalarResolvers,
    enumResolvers(sdl),
    resultResolvers,
    queryResolvers,
    mutationResolvers,
    bookingResolvers,
    travelDetailsResolvers,
    federationResolvers,
    approvalResolvers,
    inventoryResolvers,
    inventoryMutationResolvers,
    sagaResolvers,
    storefrontResolvers,
    storefrontResultResolvers,
    requirementResolvers,
    supplierResolvers,
  );
}

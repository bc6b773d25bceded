import type { Resolvers } from '../generated/graphql';
import { enumValueMaps } from '../schema/enum-values';
import { bookingResolvers } from './booking';
import { inventoryResolvers } from './inventory';
import { inventoryMutationResolvers } from './inventory-mutation';
import { mergeResolvers } from './merge';
import { mutationResolvers } from './mutation';
import { queryResolvers } from './query';
import { resultResolvers } from './results';
import { scalarResolvers } from './scalars';

export const enumResolvers = (sdl: string): Resolvers => enumValueMaps(sdl) as Resolvers;

export function buildResolvers(sdl: string): Resolvers {
  return mergeResolvers(
    scalarResolvers, enumResolvers(sdl), resultResolvers, queryResolvers, mutationResolvers, bookingResolvers, inventoryResolvers, inventoryMutationResolvers,
  );
}


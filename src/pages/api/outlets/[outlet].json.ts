/** An outlet's profile as data (issue 16): accounts, relations to other outlets, own share, word choices. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOutletProfiles, outletPageKey, type OutletProfile } from '@lib/site/outlets.ts';

export const getStaticPaths = (async () =>
  Promise.all([...(await getOutletProfiles()).values()].map(async (profile) => ({ params: { outlet: profile.outlet.id }, props: { profile }, cacheKey: await outletPageKey(profile.outlet.id) })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { profile } = props as { profile: OutletProfile };
  return new Response(JSON.stringify(profile), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

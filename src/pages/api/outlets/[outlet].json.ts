/** An outlet's profile as data (issue 16): accounts, relations to other outlets, own share, word choices. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { outletPaths, outletProfile } from '@lib/site/outlets.ts';

export const getStaticPaths = outletPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await outletProfile(params.outlet!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

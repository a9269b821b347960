// GET/POST /api/auth/* - better-auth: sign in, sign out, session
import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/lib/auth/server';

const handler = async (request: Request) => toNextJsHandler(await getAuth()).POST(request);

export const GET = handler;
export const POST = handler;

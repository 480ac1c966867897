#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx: `npx comptoir` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src-main/transports/cli.ts');
process.exitCode = await main(process.argv.slice(2));

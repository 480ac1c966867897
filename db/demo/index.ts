import type { App } from '../../src-main/app';

export interface DemoSummary {
  organisations: number;
  resources: number;
}

export async function loadDemo(_app: App): Promise<DemoSummary> {
  throw new Error('demo: in progress');
}

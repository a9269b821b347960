// The part of autocannon's API the soak test uses (the package ships no types).
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; max: number; p50: number; p90: number; p97_5: number; p99: number };
  export type Result = {
    requests: Histogram & { total: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    duration: number;
  };
  export type Options = {
    url: string;
    connections: number;
    duration: number;
    requests?: { method?: string; path: string }[];
    timeout?: number;
  };
  export default function autocannon(options: Options): Promise<Result> & { stop?: () => void };
}

/**
 * CPU accounting for a load phase (Linux /proc; on other systems the figures are null): the
 * server child's user+system time and that of the PostgreSQL backends serving its pool, found
 * by application_name (both servers get PGAPPNAME). Per request, these say where the work goes
 * independently of how busy the machine is with other things.
 */
import fs from 'node:fs';
import type { Client } from 'pg';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of a process in ms, or null when /proc is not readable. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3 (state)
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

export interface CpuSample {
  server: number | null;
  backends: Map<number, number>;
  self: number;
}

export async function sampleCpu(db: Client, serverPid: number, applicationName: string): Promise<CpuSample> {
  const { rows } = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [applicationName]);
  const backends = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = processCpuMs(pid);
    if (ms !== null) backends.set(pid, ms);
  }
  const u = process.cpuUsage();
  return { server: processCpuMs(serverPid), backends, self: (u.user + u.system) / 1000 };
}

export interface CpuPerRequest {
  /** The server process (API or baseline). */
  serverMs: number | null;
  /** The PostgreSQL backends of the server's pool (those alive at both samples). */
  postgresMs: number | null;
  /** This process: the load generator. */
  loadGeneratorMs: number;
}

export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number): CpuPerRequest {
  const per = (ms: number) => Number((ms / Math.max(1, requests)).toFixed(1));
  let pg = 0;
  let seen = 0;
  for (const [pid, ms] of after.backends) {
    const was = before.backends.get(pid);
    if (was !== undefined) {
      pg += ms - was;
      seen++;
    }
  }
  return {
    serverMs: before.server !== null && after.server !== null ? per(after.server - before.server) : null,
    postgresMs: seen > 0 ? per(pg) : null,
    loadGeneratorMs: per(after.self - before.self),
  };
}

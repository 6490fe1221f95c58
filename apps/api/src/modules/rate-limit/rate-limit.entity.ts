import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fixed-window request counters shared by every API instance: one row per key and window. */
@Entity({ name: 'rate_limit' })
export class RateLimitEntity {
  /** `addr:<ip>` or `user:<id>`. */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  points: number;
}

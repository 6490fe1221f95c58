import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Sign-in throttling state, one row per account-and-address pair (`scope` PAIR) and per address
 * (`scope` ADDRESS). `attempts` counts attempts since the last success or quiet period, counted
 * *before* the password is checked (one atomic upsert), so concurrent attempts cannot overrun it.
 */
@Entity({ name: 'login_throttle' })
@Index(['email'])
export class LoginThrottleEntity {
  /** `pair:<email>|<ip>` or `addr:<ip>`. */
  @PrimaryColumn({ type: 'varchar', length: 340 })
  key: string;

  @Column({ type: 'varchar', length: 8 })
  scope: 'PAIR' | 'ADDRESS';

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_at', type: 'timestamptz' })
  lastAt: Date;
}

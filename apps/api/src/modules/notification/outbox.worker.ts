import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logging/logger';
import { renderEmail } from './templates';

export interface OutboxWorkerOptions {
  smtpUrl: string | null;
  from: string;
  /** Base of the links in messages (PUBLIC_URL, or the address the API listens on). */
  baseUrl: string;
  pollMs: number;
  batchSize?: number;
  maxAttempts?: number;
  /** A claimed message not finished within this time (crash while sending) becomes due again. */
  leaseSeconds?: number;
}

interface ClaimedRow {
  id: string;
  to_address: string;
  template: string;
  params: unknown;
  attempts: number;
}

/** Retry delay after the n-th failed attempt: 30 s doubling, capped at 6 h. */
export const backoffSeconds = (attempts: number): number => Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);

/**
 * Delivers the notification outbox. Every API instance runs one; they share the table safely:
 * a batch is claimed in one statement with `FOR UPDATE SKIP LOCKED`, which also pushes the
 * claimed rows' `next_attempt_at` a lease ahead, so no other instance takes them while this one
 * sends (and a crashed sender's rows come back after the lease). Delivery is at least once.
 * Failures are retried with exponential backoff up to `maxAttempts`, then marked FAILED.
 * Without SMTP_URL, messages are written to the log and marked SENT.
 */
export class OutboxWorker {
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly ds: DataSource,
    private readonly logger: Logger,
    private readonly opts: OutboxWorkerOptions,
  ) {
    this.transport = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : null;
  }

  start(): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.running = this.deliverDue()
        .catch((err: unknown) => this.logger.warn('outbox delivery failed', { err }))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.opts.pollMs);
        });
    };
    this.timer = setTimeout(tick, Math.min(this.opts.pollMs, 200));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** Claims and sends one batch of due messages; returns how many were sent. */
  async deliverDue(): Promise<number> {
    const rows: ClaimedRow[] = await this.ds.query(
      `UPDATE notification_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
       WHERE id IN (
         SELECT id FROM notification_outbox WHERE status = 'PENDING' AND next_attempt_at <= now()
         ORDER BY next_attempt_at, created_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, to_address, template, params, attempts`,
      [this.opts.batchSize ?? 20, this.opts.leaseSeconds ?? 300],
    );
    const claimed = Array.isArray(rows[0]) ? (rows[0] as ClaimedRow[]) : rows; // pg returns [rows, count] for UPDATE ... RETURNING
    let sent = 0;
    for (const row of claimed) {
      try {
        const email = renderEmail(row.template, row.params, this.opts.baseUrl);
        if (this.transport) {
          await this.transport.sendMail({ from: this.opts.from, to: row.to_address, subject: email.subject, text: email.text });
        } else {
          this.logger.info('email (SMTP_URL unset, logged instead of sent)', { to: row.to_address, subject: email.subject, text: email.text });
        }
        await this.ds.query(`UPDATE notification_outbox SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`, [row.id]);
        sent += 1;
      } catch (err) {
        const failed = row.attempts >= (this.opts.maxAttempts ?? 8);
        this.logger.warn('email delivery failed', { id: row.id, attempts: row.attempts, final: failed, err });
        await this.ds.query(
          `UPDATE notification_outbox SET status = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`,
          [row.id, failed ? 'FAILED' : 'PENDING', String((err as Error)?.message ?? err).slice(0, 1000), backoffSeconds(row.attempts)],
        );
      }
    }
    return sent;
  }
}

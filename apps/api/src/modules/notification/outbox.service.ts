import type { EntityManager } from 'typeorm';
import { OutboxEntity } from './outbox.entity';
import { isTemplate, type TemplateName, type TemplateParams } from './templates';

export interface OutboxMessage<T extends TemplateName = TemplateName> {
  /** One address, or several (one row each). */
  to: string | readonly string[];
  template: T;
  params: TemplateParams[T];
}

/**
 * The write side of the notification outbox. Call it with the EntityManager of the transaction
 * that makes the change the message announces: the message exists if and only if the change
 * commits. Delivery happens later, in the API's outbox worker (`OutboxWorker`).
 *
 *   await dataSource.transaction(async (em) => {
 *     ...change...
 *     await outbox.enqueue(em, { to: author.email, template: 'practice-decision', params: {...} });
 *   });
 */
export const outbox = {
  async enqueue<T extends TemplateName>(em: EntityManager, message: OutboxMessage<T>): Promise<number> {
    if (!isTemplate(message.template)) throw new Error(`unknown email template ${String(message.template)}`);
    const to = [...new Set((typeof message.to === 'string' ? [message.to] : message.to).map((a) => a.trim().toLowerCase()).filter(Boolean))];
    if (to.length === 0) return 0;
    await em.getRepository(OutboxEntity).insert(to.map((toAddress) => ({ toAddress, template: message.template, params: message.params as never })));
    return to.length;
  },
};
export type Outbox = typeof outbox;

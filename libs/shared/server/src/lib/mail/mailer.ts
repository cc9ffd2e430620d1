import { Injectable, Logger, Module, type DynamicModule } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, type Transporter } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A calendar invitation (text/calendar part), e.g. for a workshop. */
  icalEvent?: { method: string; filename: string; content: string };
}

export class MailOptions {
  /** `smtp://user:pass@host:587` or `smtps://…`; without it, messages go to `outboxDir` as .eml files. */
  smtpUrl?: string;
  from = 'Culture D <no-reply@culture-d.localhost>';
  outboxDir = '.data/mail';
}

/**
 * Sends e-mail through SMTP (nodemailer) when configured, otherwise writes each message as an `.eml` file that a
 * newcomer can open, and logs where. Call it after the transaction that decided to send has committed.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;

  constructor(private readonly options: MailOptions) {
    this.transport = options.smtpUrl
      ? createTransport(options.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ from: this.options.from, ...message });
    if (this.options.smtpUrl) return;
    await mkdir(this.options.outboxDir, { recursive: true });
    const file = join(this.options.outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 16)}.eml`);
    await writeFile(file, (info as unknown as { message: Buffer }).message);
    this.logger.log({ file, subject: message.subject }, 'e-mail written to the outbox');
  }
}

@Module({})
export class MailModule {
  static forRoot(options: Partial<MailOptions>): DynamicModule {
    return {
      module: MailModule,
      global: true,
      providers: [{ provide: MailOptions, useValue: Object.assign(new MailOptions(), options) }, Mailer],
      exports: [Mailer],
    };
  }
}

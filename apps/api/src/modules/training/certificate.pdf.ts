import path from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans (committed in apps/api/assets/fonts, licence beside it): the PDF standard fonts
 * cannot encode Cyrillic, Greek or most Latin diacritics (ș, ț, č, ő), which the partnership's
 * names use. pdfkit embeds the subset of glyphs the page uses.
 */
const FONT_DIR = path.resolve(__dirname, '..', '..', '..', 'assets', 'fonts');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

export interface CertificateContent {
  learnerName: string;
  moduleTitle: string;
  percent: number;
  issuedAt: Date;
  code: string;
  verifyUrl: string;
}

/** The certificate of completion, one A4 landscape page. Dates print as ISO (YYYY-MM-DD), readable in every language. */
export function renderCertificatePdf(c: CertificateContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 56,
      info: { Title: `Certificate ${c.code}`, Author: 'PoliSEE - S3 Cluster Policy Learning Platform', Subject: c.moduleTitle },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('regular', REGULAR);
    doc.registerFont('bold', BOLD);
    const width = doc.page.width - 112;
    doc.rect(28, 28, doc.page.width - 56, doc.page.height - 56).lineWidth(2).stroke('#1f4e79');
    doc.moveDown(2);
    doc.font('regular').fontSize(14).fillColor('#1f4e79').text('PoliSEE - S3 Cluster Policy Learning Platform', { align: 'center', width });
    doc.moveDown(1.5);
    doc.font('bold').fontSize(30).fillColor('#000000').text('Certificate of completion', { align: 'center', width });
    doc.moveDown(1.2);
    doc.font('regular').fontSize(14).text('This certifies that', { align: 'center', width });
    doc.moveDown(0.6);
    doc.font('bold').fontSize(26).text(c.learnerName, { align: 'center', width });
    doc.moveDown(0.6);
    doc.font('regular').fontSize(14).text('has completed the training module', { align: 'center', width });
    doc.moveDown(0.6);
    doc.font('bold').fontSize(20).text(c.moduleTitle, { align: 'center', width });
    doc.moveDown(0.8);
    doc.font('regular').fontSize(13).text(`with a quiz score of ${c.percent}% on ${c.issuedAt.toISOString().slice(0, 10)}.`, { align: 'center', width });
    doc.moveDown(2);
    doc.fontSize(12).text(`Verification code: ${c.code}`, { align: 'center', width });
    doc.fontSize(10).fillColor('#444444').text(`Check it at ${c.verifyUrl}`, { align: 'center', width });
    doc.end();
  });
}

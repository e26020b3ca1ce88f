import * as vscode from 'vscode';
import { FakeTokens } from '../core/rules/fakeTokens';

/**
 * The walkthrough's sample: an untitled TypeScript buffer with a key in a valid provider format,
 * generated now from a random seed, so it is underlined like a real one but is nobody's key.
 */
export async function openSample(): Promise<vscode.TextEditor> {
  const fake = new FakeTokens(Math.floor(Math.random() * 0xffffffff));
  const content = [
    '// A sample from the AI Secret Guard walkthrough. The key below is fake, generated just now.',
    "import Stripe from 'stripe';",
    '',
    `const stripe = new Stripe("sk_live_${fake.alnum(24)}");`,
    '',
    'export async function listCustomers() {',
    '  return stripe.customers.list({ limit: 10 });',
    '}',
    '',
  ].join('\n');
  const document = await vscode.workspace.openTextDocument({ language: 'typescript', content });
  return vscode.window.showTextDocument(document);
}

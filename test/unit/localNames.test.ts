import assert from 'node:assert/strict';
import { judgeName } from '../../src/core/rules/judge/names';
import { isPublicKey } from '../../src/core/rules/judge/publicKeys';
import { judgeValue } from '../../src/core/rules/judge/values';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { unescapedName } from '../../src/core/rules/providers/localizedNames';
import { builtinRules } from '../../src/core/rules';
import { fileKindOf } from '../../src/core/fileKind';

// Every key below is generated at runtime by FakeTokens; nothing here is a committed secret.
const fake = new FakeTokens(0x1a);

describe('credential names in other languages (issue 11)', () => {
  it('reads password words in ASCII, with diacritics, in other scripts and mixed with English', () => {
    for (const name of [
      'DB_SENHA',
      'smtpPasswort',
      'mot_de_passe',
      'MotDePasse',
      'contrase\u00f1a',
      'has\u0142o',
      '\u015fifre',
      'l\u00f6senord',
      'kullanici_sifresi',
      'userMima',
      '\u6570\u636e\u5e93\u5bc6\u7801',
      '\u30d1\u30b9\u30ef\u30fc\u30c9',
      '\u043f\u0430\u0440\u043e\u043b\u044c',
      'm\u1eadt_kh\u1ea9u',
      'KataSandi',
      'clave_bd',
      'Parola',
      '\uc554\ud638',
      'palavrapasse',
    ])
      assert.equal(judgeName(name)?.kind, 'password', name);
  });

  it("reads Vietnamese `mk` (mat khau) as a password beside an account's name only", () => {
    for (const name of ['mkDb', 'MK_DB', 'mk_admin', 'smtpMk']) assert.equal(judgeName(name)?.kind, 'password', name);
    for (const name of ['mk', 'mkdir', 'mk_target_dir', 'mk_build']) assert.equal(judgeName(name), undefined, name);
  });

  it('reads Korean amho alone as a password, but not the words it is part of', () => {
    assert.equal(judgeName('\uc554\ud638\ud654')?.kind, undefined); // amhohwa, "encryption"
  });

  it('decodes `\\uXXXX` escapes in a name, as .properties files write other letters', () => {
    assert.equal(unescapedName('db.has\\u0142o'), 'db.has\u0142o');
    assert.equal(unescapedName('db.\\uBE44\\uBC00\\uBC88\\uD638'), 'db.\ube44\ubc00\ubc88\ud638');
    assert.equal(unescapedName('db\\user'), 'db\\user'); // no hex: left as is
  });

  it('reads the whole escaped name wherever in it the match opens', () => {
    // Two escaped keywords in one name: a scan from either gives the same name (built here).
    const rule = builtinRules.find((r) => r.id === 'localized-password-with-punctuation-quoted')!;
    const value = `${fake.alnum(6)};${fake.digits(3)}`;
    const line = `db\\u5bc6\\u7801 = "${value}"`;
    const path = 'conf/app.properties';
    const whys = [2, 8].map((at) => {
      const verdict = rule.validate!(value, line.slice(at), { line, matchIndex: at, path, file: fileKindOf(path) });
      return typeof verdict === 'object' ? verdict.why : verdict;
    });
    assert.match(String(whys[0]), /db\u5bc6\u7801/);
    assert.equal(whys[1], whys[0]);
  });

  it('reads a key word as a secret only with a qualifier', () => {
    for (const name of ['chave_api', 'tajny_klucz', 'GEHEIMER_SCHLUESSEL', 'zugangsschluessel', 'miyao'])
      assert.equal(judgeName(name)?.kind, 'secret', name);
    for (const name of ['chiave', 'sleutel', 'clave_prod_serv', 'chave_acesso', 'parolachiave', 'senha_hash'])
      assert.equal(judgeName(name), undefined, name);
  });

  it('takes a typed password with accented letters, but not translated text or a placeholder in the language', () => {
    assert.ok(judgeValue('Gr\u00f6\u00dfe2024!', true, 'password'));
    assert.equal(judgeValue('Gr\u00f6\u00dfe2024!', true, 'secret'), undefined);
    assert.equal(judgeValue('Contrase\u00f1a', true, 'password'), undefined);
    for (const v of ['sua_senha_aqui', 'ihr_passwort', 'jelszavad', 'votre_mot_de_passe'])
      assert.equal(judgeValue(v, true, 'password'), undefined, v);
  });

  it('knows the public halves of regional platform credentials', () => {
    assert.ok(isPublicKey('rzp_' + 'live_' + fake.alnum(14)));
    assert.ok(isPublicKey('w' + 'x' + fake.hex(16)));
    assert.ok(isPublicKey('APP' + '_USR-' + fake.uuid()));
    assert.equal(isPublicKey('s' + 'k_live_' + fake.hex(40)), false);
  });
});

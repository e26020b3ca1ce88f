import assert from 'node:assert/strict';
import { Detector } from '../../src/core/detect/detector';
import { builtinRules } from '../../src/core/rules';
import { FakeTokens } from '../../src/core/rules/fakeTokens';
import { isPerlSource, podBlocks, touchesPodCommand } from '../../src/core/rules/judge/perlPod';
import { inRanges } from '../../src/core/rules/judge/offsetRanges';
import { assertRescansEqualScans } from './rescanProperty';

// Perl modules carry their manual as POD blocks among the code (`=head1 SYNOPSIS` … `=cut`): a
// SYNOPSIS's call with a stand-in password is documentation, the same call in the code is not.
// The examples are invented here; passwords are built at runtime (FakeTokens, word joins).
const detector = new Detector(builtinRules);
const fake = new FakeTokens(0x90d);
const PATH = 'lib/Net/Kettle.pm';
/** A hand-typed password (words, a digit run), the kind a SYNOPSIS shows and code may really hold. */
const typed = ['Plum', 'tr33', 'Sail'].join('-');
const call = `my $pot = Net::Kettle->new(user => 'ops', password => '${typed}');\n`;

function rules(text: string, path = PATH): string[] {
  return detector.scan(text, { path }).map((f) => f.ruleId);
}

describe('Perl POD blocks', () => {
  it('knows Perl source by its extension or a perl #! line', () => {
    for (const path of ['lib/Net/Kettle.pm', 'bin/brew.pl', 't/01-basic.t', 'app.psgi', 'cgi-bin/form.cgi'])
      assert.equal(isPerlSource(path, 'use strict;\n'), true, path);
    assert.equal(isPerlSource('usr/bin/kettle-brew', '#!/usr/bin/perl -w\nuse strict;\n'), true);
    assert.equal(isPerlSource('usr/bin/kettle-brew', '#!/bin/sh\nexec kettle\n'), false);
    assert.equal(isPerlSource('lib/kettle.py', 'import os\n'), false);
    assert.equal(isPerlSource('docs/Kettle.pod', '=head1 NAME\n'), false, 'a .pod file is documentation as a whole');
    assert.equal(isPerlSource(undefined, '#!/usr/bin/perl\n'), false);
  });

  it('finds each block from its first command to the end of its =cut line', () => {
    const text = 'package Net::Kettle;\n=head1 NAME\n\nx\n\n=cut\n\nsub new {}\n\n=head2 brew\n\ny\n';
    const blocks = podBlocks(text);
    const first = text.indexOf('=head1');
    const code = text.indexOf('sub new');
    assert.deepEqual(blocks, [first, code - 1, text.indexOf('=head2'), text.length]);
    assert.equal(inRanges(blocks, first), true);
    assert.equal(inRanges(blocks, text.indexOf('=cut')), true);
    assert.equal(inRanges(blocks, code), false);
    assert.equal(inRanges(blocks, 0), false);
    assert.equal(inRanges(blocks, text.indexOf('y\n')), true, 'an unclosed block runs to the end');
    assert.deepEqual(podBlocks('=pod\n\nz\n=cut'), [0, '=pod\n\nz\n=cut'.length], 'a block at the very start');
  });

  it('reads only a `=` and a letter at the start of a line as a command', () => {
    for (const text of ['my $x = 1;\n', '$a\n== 2;\n', 'x\n=5\n', 'say "=head1 in a string";\n', ''])
      assert.deepEqual(podBlocks(text), [], JSON.stringify(text));
    assert.deepEqual(podBlocks('x\n=cut\n'), [], 'a =cut outside a block opens none');
    assert.deepEqual(podBlocks('=begin html\n\n=end html\n\n=cutter\n'), [
      0,
      '=begin html\n\n=end html\n\n=cutter\n'.length,
    ]);
  });

  it("judges a SYNOPSIS's call as documentation, the same call in the code as code", () => {
    assert.deepEqual(rules(call), ['generic-secret-assignment']);
    assert.deepEqual(rules(`=head1 SYNOPSIS\n\n  ${call}\n=cut\n\nsub new { bless {}, shift }\n`), []);
    assert.deepEqual(rules(`=head1 SYNOPSIS\n\n  ${call}\n=cut\n\n${call}`), ['generic-secret-assignment']);
    assert.deepEqual(rules(`#!/usr/bin/perl\n\n=pod\n\n  ${call}\n=cut\n`, 'usr/bin/kettle-brew'), []);
    // A published default shown in an =item is the example itself, not a finding.
    assert.deepEqual(rules(`=item new\n\n  secret => '${'change' + 'me'}',\n\n=cut\n`), []);
    assert.deepEqual(rules(`  secret => '${'change' + 'me'}',\n`), ['known-default-secret']);
  });

  it('still reports a random key shown in POD, at low confidence, as in a .pod file', () => {
    const key = fake.alnum(32);
    const pod = `=head1 SYNOPSIS\n\n  my $api = Net::Kettle->new(api_key => '${key}');\n\n=cut\n`;
    const found = detector.scan(pod, { path: PATH });
    assert.equal(found.length, 1);
    assert.equal(found[0]!.confidence, 'low');
  });

  it('says whether an edit touches a line opening with `=`', () => {
    const before = 'a\n=cut\nb\n';
    assert.equal(touchesPodCommand(before, 'a\nX=cut\nb\n', 2, 2, 3), true, 'the command is no longer at a line start');
    assert.equal(touchesPodCommand('a\nb\n', 'a\n=pod\nb\n', 2, 2, 7), true, 'a command added');
    assert.equal(
      touchesPodCommand('x=cut\n', 'x\n=cut\n', 1, 1, 2),
      true,
      'a line break puts a command at a line start',
    );
    assert.equal(touchesPodCommand(before, 'aa\n=cut\nb\n', 1, 1, 2), false, 'an edit to a code line');
    assert.equal(touchesPodCommand(before, 'a\n=cut\nbb\n', 7, 7, 8), false);
  });

  it('rescans equal full scans after random edits that open, close and move POD blocks', function () {
    this.timeout(60_000);
    const fragments = [
      '=head1 SYNOPSIS',
      '=pod',
      '=cut',
      '=item new',
      '\n',
      '\n',
      '\n\n',
      '  ',
      call,
      `  secret => '${'change' + 'me'}',`,
      `token => '${fake.alnum(24)}';`,
      '#!/usr/bin/perl',
      'sub new { 1 }',
      '=',
      'cut',
    ];
    assertRescansEqualScans(detector, fragments, {
      paths: [PATH, 'usr/bin/kettle-brew'],
      maxFragments: 30,
      seed: 20261206,
    });
  });
});

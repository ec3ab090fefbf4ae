#!/usr/bin/env python3
"""Checks every relative link and anchor in README.md and docs/*.md (GitHub's heading anchors). Run: python3 docs/check-links.py"""
import re, sys, os, glob
root = sys.argv[1] if len(sys.argv) > 1 else '.'
files = [os.path.join(root, 'README.md')] + sorted(glob.glob(os.path.join(root, 'docs', '*.md')))
def slug(h):
    h = re.sub(r'[`*_]', '', h.strip()).lower()
    h = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', h)
    h = re.sub(r'[^\w\- ]', '', h, flags=re.UNICODE)
    return h.replace(' ', '-')
def anchors(path):
    out, seen, fence = set(), {}, False
    for line in open(path, encoding='utf-8'):
        if line.startswith('```'): fence = not fence; continue
        m = None if fence else re.match(r'^(#{1,6})\s+(.*)$', line)
        if m:
            s = slug(m.group(2)); n = seen.get(s, 0); seen[s] = n + 1
            out.add(s if n == 0 else f'{s}-{n}')
    return out
bad = 0
for f in files:
    text, fence = [], False
    for i, line in enumerate(open(f, encoding='utf-8'), 1):
        if line.startswith('```'): fence = not fence; continue
        if fence: continue
        line = re.sub(r'`[^`]*`', '', line)
        for m in re.finditer(r'\]\(([^)\s]+)\)', line):
            t = m.group(1)
            if re.match(r'[a-z]+:', t): continue
            p, _, a = t.partition('#')
            target = os.path.normpath(os.path.join(os.path.dirname(f), p)) if p else f
            if not os.path.exists(target):
                print(f'{f}:{i}: missing file {t}'); bad += 1; continue
            if a and target.endswith('.md') and a not in anchors(target):
                print(f'{f}:{i}: missing anchor {t}'); bad += 1
print(f'{len(files)} files, {bad} broken links'); sys.exit(1 if bad else 0)

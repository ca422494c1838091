import { describe, expect, it } from 'vitest';
import { labelBox, overlaps, placeLabels, spotsAround, textWidth, type LabelCandidate } from '../../src/lib/label-placement.ts';

const at = (id: string, x: number, y: number, priority = 0, width = 40): LabelCandidate => ({ id, priority, width, size: 10, spots: [{ x, y, anchor: 'start' }] });

describe('placeLabels', () => {
  it('keeps two labels that do not touch and drops the lesser of two that overlap', () => {
    const { placed, dropped } = placeLabels([at('a.example', 0, 20, 1), at('b.example', 10, 22, 5), at('c.example', 100, 20)]);
    expect([...placed.keys()].sort()).toEqual(['b.example', 'c.example']);
    expect(dropped).toEqual(['a.example']);
  });

  it('moves a label to its next spot when the first is taken', () => {
    const second: LabelCandidate = { id: 'z', priority: 0, width: 40, size: 10, spots: [{ x: 0, y: 20, anchor: 'start' }, { x: 0, y: 60, anchor: 'start' }] };
    const { placed } = placeLabels([at('a', 0, 20, 1), second]);
    expect(placed.get('z')).toEqual({ x: 0, y: 60, anchor: 'start' });
  });

  it('breaks ties by id, so the same labels give the same result in any order', () => {
    const labels = [at('b', 0, 20), at('a', 5, 20)];
    const one = placeLabels(labels);
    const two = placeLabels([...labels].reverse());
    expect([...one.placed.keys()]).toEqual(['a']);
    expect([...two.placed.keys()]).toEqual(['a']);
  });

  it('avoids obstacles and keeps inside the bounds', () => {
    // A mark covering x 0..20, y 0..30; the label at x=5 would cross it.
    expect(placeLabels([at('a', 5, 20)], [{ x0: 0, y0: 0, x1: 20, y1: 30 }]).dropped).toEqual(['a']);
    // 40 wide from x=90 ends at 130, past a 100-wide figure.
    expect(placeLabels([at('a', 90, 20)], [], { x0: 0, y0: 0, x1: 100, y1: 100 }).dropped).toEqual(['a']);
    expect(placeLabels([at('a', 50, 20)], [], { x0: 0, y0: 0, x1: 100, y1: 100 }).placed.has('a')).toBe(true);
  });

  it('leaves no two placed labels overlapping in a crowd', () => {
    const crowd: LabelCandidate[] = Array.from({ length: 60 }, (_, i) => ({
      id: `n${i}`,
      priority: i % 7,
      width: 30 + (i % 5) * 8,
      size: 11,
      spots: spotsAround((i * 37) % 200, (i * 53) % 150, 4, 11),
    }));
    const { placed, dropped } = placeLabels(crowd);
    expect(placed.size + dropped.length).toBe(60);
    expect(dropped.length).toBeGreaterThan(0);
    const boxes = [...placed].map(([id, spot]) => {
      const c = crowd.find((l) => l.id === id)!;
      return labelBox(spot, c.width, c.size);
    });
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${i} and ${j}`).toBe(false);
  });
});

describe('label geometry', () => {
  it('boxes a label by its anchor', () => {
    expect(labelBox({ x: 100, y: 50, anchor: 'start' }, 40, 10)).toMatchObject({ x0: 100, x1: 140 });
    expect(labelBox({ x: 100, y: 50, anchor: 'middle' }, 40, 10)).toMatchObject({ x0: 80, x1: 120 });
    expect(labelBox({ x: 100, y: 50, anchor: 'end' }, 40, 10)).toMatchObject({ x0: 60, x1: 100 });
  });
  it('counts touching boxes as apart', () => {
    expect(overlaps({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(overlaps({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 9, y0: 9, x1: 20, y1: 20 })).toBe(true);
  });
  it('estimates width by characters, not UTF-16 units', () => {
    expect(textWidth('abc', 10)).toBe(18);
    expect(textWidth('😀', 10)).toBe(6);
  });
  it('offers the spot the label was drawn at first, then right, left, above and below the mark', () => {
    const spots = spotsAround(50, 50, 5, 10, { x: 1, y: 2, anchor: 'end' });
    expect(spots[0]).toEqual({ x: 1, y: 2, anchor: 'end' });
    expect(spots.slice(1).map((s) => s.anchor)).toEqual(['start', 'end', 'middle', 'middle']);
    expect(spots[1]!.x).toBeGreaterThan(55);
    expect(spots[2]!.x).toBeLessThan(45);
    expect(spots[3]!.y).toBeLessThan(45);
    expect(spots[4]!.y).toBeGreaterThan(55);
  });
});

describe('placeLabels at scale', () => {
  it('places ten thousand labels without comparing each with every other (finishes, none overlapping its neighbours)', () => {
    const many: LabelCandidate[] = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${String(i).padStart(5, '0')}`, priority: i % 13, width: 50, size: 11, spots: spotsAround((i * 7919) % 3000, (i * 104729) % 2000, 3, 11) }));
    const obstacles = many.map((_, i) => ({ x0: ((i * 7919) % 3000) - 3, y0: ((i * 104729) % 2000) - 3, x1: ((i * 7919) % 3000) + 3, y1: ((i * 104729) % 2000) + 3 }));
    const { placed, dropped } = placeLabels(many, obstacles);
    expect(placed.size + dropped.length).toBe(10_000);
    expect(placed.size).toBeGreaterThan(100);
    // A sample of the placed labels: none overlaps another placed label or a node.
    const boxes = [...placed].map(([id, s]) => labelBox(s, many.find((l) => l.id === id)!.width, 11));
    for (const b of boxes.slice(0, 200)) {
      expect(boxes.filter((o) => overlaps(o, b))).toHaveLength(1);
      expect(obstacles.some((o) => overlaps(o, b))).toBe(false);
    }
  });
});

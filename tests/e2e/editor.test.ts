// The circuit editor with real pointer events and the keyboard: build a Bell pair both ways, undo,
// palette keys and gate names, drops on taken places, controls between a gate's wires, stretching
// a gate by one end, and the repeat-count box. editorState.test.ts covers values, the live state and training.
import { describe, expect, it } from 'vitest';
import { suiteBrowser } from './browser';
import {
  alert,
  centre,
  drag,
  dragGate,
  emptyEditor,
  openEditor,
  palette,
  placed,
  probabilities,
  settled,
  slot,
} from './editorUi';

describe('circuit editor', () => {
  const s = suiteBrowser({ width: 1600, height: 1100 });

  it('builds a Bell pair by dragging, and undoes it', async () => {
    const { page } = s;
    await emptyEditor(page);
    await dragGate(page, 'H', 'qubit 0, step 1');
    await dragGate(page, 'CNOT', 'qubit 0, step 2');
    await expect
      .poll(() => probabilities(page))
      .toEqual(['|00⟩ 0.500', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.500']);
    await page.screenshot({ path: 'test-results/editor-bell.png', fullPage: true });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => probabilities(page))
      .toEqual(['|00⟩ 1.000', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.000']);
    expect(s.errors).toEqual([]);
  });

  it('builds the same Bell pair with the keyboard alone', async () => {
    const { page } = s;
    await emptyEditor(page);
    await slot(page, 'qubit 0, step 1').focus();
    await page.keyboard.press('h');
    // The cursor moved on to step 2: C places a CNOT with its control there and the target below.
    await page.keyboard.press('c');
    await expect
      .poll(() => probabilities(page))
      .toEqual(['|00⟩ 0.500', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.500']);
    // Delete the CNOT at the cursor's step, then bring it back with Ctrl+Z.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    await expect
      .poll(() => probabilities(page))
      .toEqual(['|00⟩ 0.500', '|01⟩ 0.500', '|10⟩ 0.000', '|11⟩ 0.000']);
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => probabilities(page))
      .toEqual(['|00⟩ 0.500', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.500']);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Editor keys' });
    await help.getByText(/Add a control/).waitFor();
    await page.keyboard.press('Escape');
    expect(s.errors).toEqual([]);
  });

  it('places palette entries with Enter and Space, names gates in words, adds controls by key', async () => {
    const { page } = s;
    await emptyEditor(page);
    for (const name of ['H', 'X', 'RY', 'CNOT', 'Toffoli', 'SX, √X'])
      await palette(page, name).waitFor();
    await expect(palette(page, 'Toffoli').getAttribute('title')).resolves.toMatch(/^Toffoli/);
    await slot(page, 'qubit 0, step 1').focus();
    await palette(page, 'H').focus();
    await page.keyboard.press('Enter');
    await placed(page, /^H on qubit 0, step 1$/).waitFor();
    // The cursor moved on to step 2: Space on X puts it there.
    await palette(page, 'X').focus();
    await page.keyboard.press(' ');
    await placed(page, /^X on qubit 0, step 2$/).waitFor();
    await palette(page, 'Toffoli').press('Enter');
    await alert(page, 'Toffoli needs 3 wires').waitFor();
    // Keys on the grid: a collision names the gate that was asked for and the one in the way.
    await slot(page, 'qubit 1, step 1').focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('x');
    await alert(
      page,
      'X needs qubit 0 at time step 1, but H already covers qubit 0 there.',
    ).waitFor();
    await slot(page, 'qubit 1, step 2').focus();
    await page.keyboard.press('h');
    await slot(page, 'qubit 0, step 2').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    await page.keyboard.press('c');
    await alert(
      page,
      'CNOT needs qubits 0 to 1 at time step 2, but H already covers qubit 1',
    ).waitFor();
    // "." adds a control at the cursor to the gate in that step.
    await slot(page, 'qubit 1, step 1').focus();
    await page.keyboard.press('.');
    await placed(page, /^H controlled by qubit 1 on qubit 0, step 1$/).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('refuses a gate that does not fit, with a reason, and keeps the circuit', async () => {
    const { page } = s;
    await emptyEditor(page);
    await dragGate(page, 'CNOT', 'qubit 1, step 1');
    await alert(page, 'CNOT needs 2 wires').waitFor();
    await expect(placed(page, /^CNOT controlled/).count()).resolves.toBe(0);
    await expect(page.getByText(/^0 trainable parameters$/).count()).resolves.toBe(1);
  });

  it('drops a control on any free wire of a gate, between its control and target too', async () => {
    const { page } = s;
    await emptyEditor(page);
    for (let q = 2; q < 7; q++) await page.getByRole('button', { name: 'Add a qubit' }).click();
    await dragGate(page, 'H', 'qubit 6, step 1');
    await dragGate(page, 'Control', 'qubit 0, step 1');
    await placed(page, /^H controlled by qubit 0 on qubit 6, step 1$/).waitFor();
    // q4 lies under the drawn gate now: the drop still finds the slot, and the dot joins H.
    await dragGate(page, 'Anti-control', 'qubit 4, step 1');
    await placed(page, /^H controlled by qubit 0, 4 on qubit 6, step 1$/).waitFor();
    await page.screenshot({ path: 'test-results/editor-controls.png', fullPage: true });
    expect(s.errors).toEqual([]);
  });

  it('refuses drops on taken places with a reason naming what is there', async () => {
    const { page } = s;
    await emptyEditor(page);
    await dragGate(page, 'RY', 'qubit 0, step 1');
    await dragGate(page, 'CNOT', 'qubit 0, step 2');
    const names = () =>
      placed(page, /, step \d+/).evaluateAll((els) => els.map((e) => e.ariaLabel));
    const before = await names();
    expect(before).toHaveLength(2);
    // While hovering, the slot and the message say why; the drop changes nothing.
    await dragGate(page, 'X', 'qubit 0, step 1', false);
    const why = 'X needs qubit 0 at time step 1, but RY already covers qubit 0 there.';
    await page.locator('.editor-message').filter({ hasText: why }).waitFor();
    await expect(page.locator('.drop-target.refused').count()).resolves.toBe(1);
    await page.mouse.up();
    await alert(page, why).waitFor();
    // A control on a gate's own target, a gate moved onto another gate.
    await dragGate(page, 'Control', 'qubit 1, step 2');
    await alert(page, "A control cannot sit on CNOT's own qubit 1.").waitFor();
    await drag(
      page,
      await centre(placed(page, /^RY on qubit 0, step 1/)),
      await centre(slot(page, 'qubit 1, step 2')),
    );
    await alert(
      page,
      'RY needs qubit 1 at time step 2, but CNOT already covers qubits 0 to 1',
    ).waitFor();
    await expect(names()).resolves.toEqual(before);
    expect(s.errors).toEqual([]);
  });

  it('stretches a CNOT by its target end; refusals say why and change nothing; Undo restores', async () => {
    const { page } = s;
    await emptyEditor(page);
    for (let q = 2; q < 4; q++) await page.getByRole('button', { name: 'Add a qubit' }).click();
    await dragGate(page, 'H', 'qubit 0, step 1');
    await dragGate(page, 'CNOT', 'qubit 0, step 2');
    const cnot = /^CNOT controlled/;
    const likely = async () => (await probabilities(page)).filter((p) => !p.endsWith(' 0.000'));
    const name = () => placed(page, cnot).getAttribute('aria-label');
    await expect(name()).resolves.toBe('CNOT controlled by qubit 0 on qubit 1, step 2');
    // Bit q of a basis state is qubit q, written right to left: |0011⟩ is q0 = q1 = 1.
    await expect.poll(likely).toEqual(['|0000⟩ 0.500', '|0011⟩ 0.500']);
    // The ⊕ is an end (ns-resize), the control the handle that moves the gate (grab).
    const cursorAt = ({ x, y }: { x: number; y: number }) =>
      page.evaluate(
        ([x, y]) => getComputedStyle(document.elementFromPoint(x!, y!)!).cursor,
        [x, y],
      );
    const target = await centre(slot(page, 'qubit 1, step 2'));
    await expect(cursorAt(target)).resolves.toBe('ns-resize');
    await expect(cursorAt(await centre(slot(page, 'qubit 0, step 2')))).resolves.toBe('grab');
    // While the pointer is down the gate is drawn stretched and the message says what a release does.
    await drag(page, target, await centre(slot(page, 'qubit 3, step 2')), false);
    await page
      .locator('.editor-message')
      .filter({ hasText: 'Release to move this end to qubit 3.' })
      .waitFor();
    await expect(name()).resolves.toBe('CNOT controlled by qubit 0 on qubit 3, step 2');
    await page.locator('.circuit-editor').screenshot({ path: 'test-results/editor-stretch.png' });
    await page.mouse.up();
    await expect.poll(likely).toEqual(['|0000⟩ 0.500', '|1001⟩ 0.500']);
    await expect(name()).resolves.toBe('CNOT controlled by qubit 0 on qubit 3, step 2');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(name).toBe('CNOT controlled by qubit 0 on qubit 1, step 2');
    await expect.poll(likely).toEqual(['|0000⟩ 0.500', '|0011⟩ 0.500']);

    // Refused: a wire another gate takes (red while hovering, then the reason), the control's
    // own wire, and past the last wire.
    await dragGate(page, 'X', 'qubit 3, step 2');
    const names = () =>
      placed(page, /, step \d+/).evaluateAll((els) => els.map((e) => e.ariaLabel));
    const before = await names();
    const taken = 'CNOT needs qubits 0 to 3 at time step 2, but X already covers qubit 3 there.';
    // Grab the ⊕ where it is now, once the page has settled: on a loaded machine the run
    // controls' "Preparing…" line can come and go and move the whole page between drags.
    const grabEnd = async (): Promise<{ x: number; y: number }> => {
      await settled(page);
      const at = await centre(slot(page, 'qubit 1, step 2'));
      await expect(cursorAt(at)).resolves.toBe('ns-resize');
      return at;
    };
    await placed(page, /^X on qubit 3, step 2/).waitFor();
    let from = await grabEnd();
    await drag(page, from, await centre(slot(page, 'qubit 3, step 2')), false);
    await page.locator('.editor-message').filter({ hasText: taken }).waitFor();
    await expect(page.locator('.drop-target.refused').count()).resolves.toBe(1);
    await page.mouse.up();
    await alert(page, taken).waitFor();
    from = await grabEnd();
    await drag(page, from, await centre(slot(page, 'qubit 0, step 2')));
    await alert(page, "CNOT's target cannot share qubit 0 with its control.").waitFor();
    from = await grabEnd();
    const last = await centre(slot(page, 'qubit 3, step 2'));
    await drag(page, from, { x: last.x, y: last.y + 70 });
    await alert(
      page,
      "CNOT's target cannot go to qubit 4: the circuit has qubits 0 to 3.",
    ).waitFor();
    await expect(names()).resolves.toEqual(before);

    // Held by its control the gate still moves whole; Alt+Shift+↓ on its ⊕ stretches it a wire.
    await drag(
      page,
      await centre(slot(page, 'qubit 0, step 2')),
      await centre(slot(page, 'qubit 0, step 4')),
    );
    await expect.poll(name).toBe('CNOT controlled by qubit 0 on qubit 1, step 4');
    await slot(page, 'qubit 1, step 4').focus();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(name).toBe('CNOT controlled by qubit 0 on qubit 2, step 4');
    await expect(
      slot(page, 'qubit 2, step 4').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('the repeat count is a draft: typed freely, applied on Enter as one undo step', async () => {
    const { page } = s;
    await openEditor(page, false); // the preset: steps 1 to 3 repeated 3 times
    const block = (n: number) =>
      page.getByRole('group', { name: `Steps 1 to 3 repeated ${n} times` });
    await block(3).waitFor();
    const box = page.getByLabel('Repeat count of steps 1 to 3');
    await box.fill('');
    await box.pressSequentially('12');
    await expect(box.inputValue()).resolves.toBe('12');
    await expect(block(3).count()).resolves.toBe(1);
    await box.press('Enter');
    await block(12).waitFor();
    // Typing in the box and pressing Ctrl+Z undoes the typing, not the circuit.
    await box.selectText();
    await box.pressSequentially('5');
    await box.press('Control+z');
    await expect(box.inputValue()).resolves.toBe('12');
    await expect(block(12).count()).resolves.toBe(1);
    await box.press('Escape');
    // A draft that cannot be applied says why and stays a draft; Escape brings the value back.
    await box.fill('0');
    await box.press('Enter');
    await alert(page, 'A block repeats 1 to 20 times; 0 is not possible.').waitFor();
    await expect(box.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(block(12).count()).resolves.toBe(1);
    await box.press('Escape');
    await expect(box.inputValue()).resolves.toBe('12');
    // One Undo takes the whole 3 → 12 back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await block(3).waitFor();
    // After "Empty circuit" the repeat range covers the new circuit's steps.
    await expect(page.getByLabel('Last step to repeat').inputValue()).resolves.toBe('3');
    await page.getByRole('button', { name: 'Empty circuit' }).click();
    await expect(page.getByLabel('Last step to repeat').inputValue()).resolves.toBe('6');
    // A one-step block shows two digits whole.
    for (const [label, value] of [
      ['First step to repeat', '2'],
      ['Last step to repeat', '2'],
      ['Repetitions', '20'],
    ] as const) {
      await page.getByLabel(label, { exact: true }).fill(value);
      await page.getByLabel(label, { exact: true }).press('Enter');
    }
    await page.getByRole('button', { name: 'Repeat', exact: true }).click();
    const narrow = page.getByLabel('Repeat count of steps 2 to 2');
    await expect(narrow.inputValue()).resolves.toBe('20');
    const fits = await narrow.evaluate((el) => {
      const input = el as HTMLInputElement;
      const bracket = input.closest('.repeat-bracket')!.getBoundingClientRect();
      const box = input.getBoundingClientRect();
      const buttons = [...input.closest('.repeat-bracket')!.querySelectorAll('button, input')];
      return (
        input.scrollWidth <= input.clientWidth &&
        box.right <= bracket.right &&
        buttons.every((b) => b.getBoundingClientRect().right <= bracket.right + 0.5)
      );
    });
    expect(fits).toBe(true);
    await page.screenshot({ path: 'test-results/editor-repeat.png', fullPage: true });
    expect(s.errors).toEqual([]);
  });
});

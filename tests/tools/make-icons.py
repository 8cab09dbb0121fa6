"""Draws the BackCheck icon (a teal rounded square with a white spine of three vertebrae and a
check-mark tick) at 16/32/48/128 px into public/icon/. Pure Python, no image library:
rendered with 4x4 supersampling for smooth edges. Run: python3 tests/tools/make-icons.py"""
import struct, zlib, os

def rounded_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and x0 <= x <= x1 and y0 <= y <= y1

def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5

def colour_at(u, v):
    """u, v in [0,1]: the icon in unit coordinates."""
    if not rounded_rect(u, v, 0.02, 0.02, 0.98, 0.98, 0.22):
        return None
    white = (255, 255, 255)
    # three vertebrae, slightly offset like a gentle curve
    for i, (cx, w) in enumerate([(0.40, 0.30), (0.44, 0.32), (0.40, 0.30)]):
        top = 0.16 + i * 0.24
        if rounded_rect(u, v, cx - w / 2, top, cx + w / 2, top + 0.17, 0.06):
            return white
    # tick (amber) at lower right
    d = min(seg_dist(u, v, 0.60, 0.66, 0.70, 0.78), seg_dist(u, v, 0.70, 0.78, 0.88, 0.52))
    if d < 0.055:
        return (255, 196, 61)
    return (14, 116, 144)

def render(size):
    ss = 4
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    c = colour_at((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = ss * ss
            a = acc[3] // n
            if a:
                cov = acc[3] / 255
                row += bytes([int(acc[0] / cov), int(acc[1] / cov), int(acc[2] / cov), a])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

out = os.path.join(os.path.dirname(__file__), '..', '..', 'public', 'icon')
os.makedirs(out, exist_ok=True)
for s in (16, 32, 48, 128):
    with open(os.path.join(out, f'{s}.png'), 'wb') as f:
        f.write(render(s))

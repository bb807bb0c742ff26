#include <zlib.h>

/// `deflateInit2` is a macro, which Swift cannot call: raw deflate (no zlib header or trailer, as a zip entry
/// holds it), a 32 KiB window and zlib's default memory level and strategy, at `level`.
static inline int almanac_deflate_init_raw(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}

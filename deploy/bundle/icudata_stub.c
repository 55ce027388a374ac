/*
 * An empty ICU data library, built by build.spec in place of Qt's 32 MB libicudata.so.
 *
 * Qt Core links ICU and uses it for collation (QCollator), legacy text codecs, time-zone
 * display names and locale-specific case mapping. The kiosk uses none of these that need ICU's
 * data package: case mapping and normalisation tables are compiled into libicuuc itself, text is
 * UTF-8 (handled by Qt), and time zones come from the system's tz files. Like ICU's own
 * "stubdata" library, this exports the data entry point with an empty table of contents, so
 * ICU starts and answers "no data" to anything that would need the package. What is lost:
 * QCollator falls back to code-point order, and non-UTF text codecs are unavailable; the kiosk
 * uses neither. tests/test_icu_stub.py compares the kiosk's text handling with and without it.
 *
 * Build: cc -shared -fPIC -DICU_MAJOR=73 -Wl,-soname,libicudata.so.73 -o libicudata.so.73 icudata_stub.c
 */
#include <stdint.h>

#ifndef ICU_MAJOR
#error "define ICU_MAJOR, the major version of the ICU that Qt links (e.g. 73)"
#endif

#define ICU_ENTRY_NAME(major) ICU_ENTRY_NAME_(major)
#define ICU_ENTRY_NAME_(major) icudt##major##_dat

/* Layout of ICU's common data header (udata.cpp, MappedData / DataHeader + UDataInfo) followed
 * by an empty "ToCP" (table of contents of pointers) package. */
typedef struct {
    uint16_t header_size;
    uint8_t magic1, magic2;
    struct {
        uint16_t size;
        uint16_t reserved_word;
        uint8_t is_big_endian, charset_family, sizeof_uchar, reserved_byte;
        uint8_t data_format[4];
        uint8_t format_version[4];
        uint8_t data_version[4];
    } info;
    char padding[8];
    uint32_t count, reserved;
    int32_t name_and_data[4];
} icu_data_header;

__attribute__((visibility("default"))) const icu_data_header ICU_ENTRY_NAME(ICU_MAJOR) = {
    32, 0xda, 0x27,
    {20, 0, 0 /* little endian */, 0 /* ASCII family */, 2, 0,
     {0x54, 0x6f, 0x43, 0x50} /* "ToCP" */, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0},
    0, 0,
    {0, 0, 0, 0},
};

extension ZipArchive {
    /// The sizes and counts past which a record's field moves into zip64 (APPNOTE 4.3.9, 4.4.13, 4.5.3): the
    /// zip's own maxima, or less in a test, so that a small archive exercises the zip64 records too.
    struct Zip64Limits: Sendable {
        /// The least size or offset that does not fit a 32-bit field: 0xFFFF_FFFF itself means "in zip64".
        var field32: UInt64 = 0xFFFF_FFFF
        /// The least number of entries that does not fit the end record's 16-bit fields.
        var entryCount: UInt64 = 0xFFFF

        static let zip = Zip64Limits()
        /// Every size, offset and count in zip64, however small, but zero: APPNOTE allows a zero there too, but
        /// ZIPFoundation takes a zero in a zip64 field for one that is absent.
        static let forcingZip64 = Zip64Limits(field32: 1, entryCount: 1)
    }

    /// The header records of a zip (APPNOTE.TXT 6.3), with the fields a mature writer sets (Python's `zipfile`
    /// sets the same ones): made on Unix (so readers take the permissions) by the version the entry needs, which
    /// is 2.0 (deflate) or 4.5 (zip64); names always UTF-8 (bit 11); no data descriptor (bit 3), since some
    /// readers of `.xlsx` refuse one, so the sizes and CRC are written back into the local header; every entry a
    /// regular file `rw-r--r--`, dated `fixedDate`; no extra field but zip64's.
    enum Records {
        static let version20: UInt16 = 20
        static let version45: UInt16 = 45
        /// Unix, in the upper byte of "version made by".
        static let madeOnUnix: UInt16 = 3 << 8
        static let utf8Names: UInt16 = 1 << 11
        /// `S_IFREG | 0o644` in the upper half, as Unix zip writers put the mode.
        static let fileAttributes: UInt32 = 0o100644 << 16
        /// 1980-01-01 00:00:00 in MS-DOS form (`fixedDate`): year 0 since 1980, month 1, day 1; time 0.
        static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
        static let dosTime: UInt16 = 0

        enum Method: UInt16 {
            case stored = 0
            case deflated = 8
        }

        /// What the local header and the central record both say of an entry.
        struct EntryFacts {
            var name: [UInt8]
            var method: Method
            var crc: UInt32
            var compressedSize: UInt64
            var uncompressedSize: UInt64
        }

        /// The local file header. With `zip64`, both sizes are in its zip64 field, as APPNOTE 4.5.3 requires of a
        /// local header; the choice is made before the entry is written (its sizes then unknown), and the header is
        /// written again with the same length once they are known.
        static func localHeader(_ entry: EntryFacts, zip64: Bool) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(30 + entry.name.count + 20)
            bytes.appendLittleEndian(UInt32(0x0403_4B50))
            bytes.appendLittleEndian(zip64 ? version45 : version20)
            bytes.appendLittleEndian(utf8Names)
            bytes.appendLittleEndian(entry.method.rawValue)
            bytes.appendLittleEndian(dosTime)
            bytes.appendLittleEndian(dosDate)
            bytes.appendLittleEndian(entry.crc)
            bytes.appendLittleEndian(zip64 ? UInt32.max : UInt32(truncatingIfNeeded: entry.compressedSize))
            bytes.appendLittleEndian(zip64 ? UInt32.max : UInt32(truncatingIfNeeded: entry.uncompressedSize))
            bytes.appendLittleEndian(UInt16(entry.name.count))
            bytes.appendLittleEndian(UInt16(zip64 ? 20 : 0))
            bytes += entry.name
            if zip64 {
                bytes.appendLittleEndian(UInt16(0x0001))
                bytes.appendLittleEndian(UInt16(16))
                bytes.appendLittleEndian(entry.uncompressedSize)
                bytes.appendLittleEndian(entry.compressedSize)
            }
            return bytes
        }

        /// The entry's central directory record: each size or the offset that does not fit its field is in the
        /// zip64 field, in APPNOTE's order, and only those (4.5.3).
        static func centralRecord(_ entry: EntryFacts, offset: UInt64, localZip64: Bool, limits: Zip64Limits) -> [UInt8] {
            var extra: [UInt8] = []
            func field32(_ value: UInt64) -> UInt32 {
                guard value >= limits.field32 else { return UInt32(value) }
                extra.appendLittleEndian(value)
                return UInt32.max
            }
            let uncompressed = field32(entry.uncompressedSize)
            let compressed = field32(entry.compressedSize)
            let offset = field32(offset)
            let version = localZip64 || !extra.isEmpty ? version45 : version20
            var bytes: [UInt8] = []
            bytes.reserveCapacity(46 + entry.name.count + 4 + extra.count)
            bytes.appendLittleEndian(UInt32(0x0201_4B50))
            bytes.appendLittleEndian(madeOnUnix | version)
            bytes.appendLittleEndian(version)
            bytes.appendLittleEndian(utf8Names)
            bytes.appendLittleEndian(entry.method.rawValue)
            bytes.appendLittleEndian(dosTime)
            bytes.appendLittleEndian(dosDate)
            bytes.appendLittleEndian(entry.crc)
            bytes.appendLittleEndian(compressed)
            bytes.appendLittleEndian(uncompressed)
            bytes.appendLittleEndian(UInt16(entry.name.count))
            bytes.appendLittleEndian(UInt16(extra.isEmpty ? 0 : 4 + extra.count))
            bytes.appendLittleEndian(UInt16(0))  // comment length
            bytes.appendLittleEndian(UInt16(0))  // disk number start
            bytes.appendLittleEndian(UInt16(0))  // internal attributes
            bytes.appendLittleEndian(fileAttributes)
            bytes.appendLittleEndian(offset)
            bytes += entry.name
            if !extra.isEmpty {
                bytes.appendLittleEndian(UInt16(0x0001))
                bytes.appendLittleEndian(UInt16(extra.count))
                bytes += extra
            }
            return bytes
        }

        /// The end of central directory record, after the zip64 end record and its locator when the number of
        /// entries, the directory's size or its offset does not fit (APPNOTE 4.3.14–16).
        static func end(entries: UInt64, directorySize: UInt64, directoryOffset: UInt64, limits: Zip64Limits) -> [UInt8] {
            let zip64 = entries >= limits.entryCount || directorySize >= limits.field32 || directoryOffset >= limits.field32
            var bytes: [UInt8] = []
            if zip64 {
                let recordOffset = directoryOffset + directorySize
                bytes.appendLittleEndian(UInt32(0x0606_4B50))
                bytes.appendLittleEndian(UInt64(44))  // the record's size after this field
                bytes.appendLittleEndian(madeOnUnix | version45)
                bytes.appendLittleEndian(version45)
                bytes.appendLittleEndian(UInt32(0))  // this disk
                bytes.appendLittleEndian(UInt32(0))  // the directory's disk
                bytes.appendLittleEndian(entries)
                bytes.appendLittleEndian(entries)
                bytes.appendLittleEndian(directorySize)
                bytes.appendLittleEndian(directoryOffset)
                bytes.appendLittleEndian(UInt32(0x0706_4B50))
                bytes.appendLittleEndian(UInt32(0))  // the zip64 end record's disk
                bytes.appendLittleEndian(recordOffset)
                bytes.appendLittleEndian(UInt32(1))  // disks
            }
            let count = entries >= limits.entryCount ? UInt16.max : UInt16(entries)
            bytes.appendLittleEndian(UInt32(0x0605_4B50))
            bytes.appendLittleEndian(UInt16(0))  // this disk
            bytes.appendLittleEndian(UInt16(0))  // the directory's disk
            bytes.appendLittleEndian(count)
            bytes.appendLittleEndian(count)
            bytes.appendLittleEndian(directorySize >= limits.field32 ? UInt32.max : UInt32(directorySize))
            bytes.appendLittleEndian(directoryOffset >= limits.field32 ? UInt32.max : UInt32(directoryOffset))
            bytes.appendLittleEndian(UInt16(0))  // comment length
            return bytes
        }
    }
}

extension [UInt8] {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

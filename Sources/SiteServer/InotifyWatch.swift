#if os(Linux)
    import Foundation
    import Glibc

    /// One inotify instance watching folders and all their subfolders (inotify itself watches one folder at a
    /// time): a folder created or moved in is watched from then on, and the files already in it are reported,
    /// since they may have been written before its watch was added.
    final class InotifyWatch: @unchecked Sendable {
        private let descriptor: Int32
        /// The folder each watch descriptor watches.
        private var folders: [Int32: String] = [:]
        private static let events: UInt32 = UInt32(
            IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                | IN_DELETE_SELF | IN_MOVE_SELF)

        private init(descriptor: Int32) { self.descriptor = descriptor }

        /// An instance watching `roots`, or why inotify cannot be used.
        static func open(roots: [URL]) -> Result<InotifyWatch, WatchUnavailable> {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return .failure(WatchUnavailable(errno: errno)) }
            let watch = InotifyWatch(descriptor: descriptor)
            for root in roots {
                if let problem = watch.addTree(root.path) {
                    watch.close()
                    return .failure(problem)
                }
            }
            return .success(watch)
        }

        func close() {
            _ = Glibc.close(descriptor)
        }

        /// Watches `folder` and every folder under it; returns the first failure.
        @discardableResult
        private func addTree(_ folder: String, reportingInto found: UnsafeMutablePointer<Set<String>>? = nil)
            -> WatchUnavailable?
        {
            let watchDescriptor = inotify_add_watch(descriptor, folder, Self.events | UInt32(IN_ONLYDIR))
            guard watchDescriptor >= 0 else { return WatchUnavailable(errno: errno) }
            folders[watchDescriptor] = folder
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where !FolderWatcher.isScratch(name[...]) {
                let path = folder + "/" + name
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    if let problem = addTree(path, reportingInto: found) { return problem }
                } else {
                    found?.pointee.insert(path)
                }
            }
            return nil
        }

        /// The paths changed, waiting up to `seconds` for the first event; empty when none came.
        func read(waitingUpTo seconds: Double) -> Set<String> {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(seconds * 1000)) > 0 else { return [] }
            var changed = Set<String>()
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                parse(buffer[..<count], into: &changed)
            }
            return changed
        }

        /// Reads the `inotify_event` records of one read: a header of four 32-bit fields, then a name padded with
        /// zero bytes to `len`.
        private func parse(_ bytes: ArraySlice<UInt8>, into changed: inout Set<String>) {
            let header = MemoryLayout<inotify_event>.size
            var offset = bytes.startIndex
            while offset + header <= bytes.endIndex {
                let (watchDescriptor, mask, length) = bytes.withUnsafeBytes { raw in
                    let start = offset - bytes.startIndex
                    return (
                        raw.loadUnaligned(fromByteOffset: start, as: Int32.self),
                        raw.loadUnaligned(fromByteOffset: start + 4, as: UInt32.self),
                        Int(raw.loadUnaligned(fromByteOffset: start + 12, as: UInt32.self))
                    )
                }
                let nameBytes = bytes[(offset + header)..<min(bytes.endIndex, offset + header + length)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += header + length
                guard let folder = folders[watchDescriptor] else { continue }
                if mask & UInt32(IN_IGNORED) != 0 {
                    folders[watchDescriptor] = nil
                    continue
                }
                if name.isEmpty {
                    // The watched folder itself was deleted or moved away.
                    if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 { changed.insert(folder + "/") }
                    continue
                }
                guard !FolderWatcher.isScratch(name[...]) else { continue }
                let path = folder + "/" + name
                if mask & UInt32(IN_ISDIR) != 0 {
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        addTree(path, reportingInto: &changed)
                    }
                    changed.insert(path + "/")
                } else {
                    changed.insert(path)
                }
            }
        }
    }

    struct WatchUnavailable: Error, CustomStringConvertible {
        var errno: Int32
        var description: String { String(cString: strerror(errno)) }
    }
#endif

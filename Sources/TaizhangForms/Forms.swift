// The forms module; see FormWriter.swift and ReturnCollector.swift.

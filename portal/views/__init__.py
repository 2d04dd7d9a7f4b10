"""The project's own views: accounts, and the pages that gather content from several apps."""

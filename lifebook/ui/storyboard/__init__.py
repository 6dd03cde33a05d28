"""Words and Pictures: the storyboard of a book's pages, and the picture library picker."""

"""``python -m tradeie``: the same as the ``tradeie`` command."""

from tradeie.cli import main

if __name__ == "__main__":
    main()

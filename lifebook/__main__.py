from lifebook.cli import main

raise SystemExit(main())

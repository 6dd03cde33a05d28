BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0001');
CREATE TABLE audit_entries (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(100) NOT NULL, 
	action VARCHAR(60) NOT NULL, 
	object_type VARCHAR(40) NOT NULL, 
	object_id INTEGER, 
	detail TEXT NOT NULL, 
	CONSTRAINT pk_audit_entries PRIMARY KEY (id)
);
INSERT INTO "audit_entries" VALUES(1,'2024-02-03 10:11:12.000000','worker','add child','child',1,'{"name": "Ffion Sample-Jones"}');
CREATE TABLE books (
	id INTEGER NOT NULL, 
	child_id INTEGER NOT NULL, 
	kind VARCHAR(30) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	trim VARCHAR(20) NOT NULL, 
	status VARCHAR(30) NOT NULL, 
	due_date DATE, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_books PRIMARY KEY (id), 
	CONSTRAINT fk_books_child_id_children FOREIGN KEY(child_id) REFERENCES children (id) ON DELETE CASCADE
);
INSERT INTO "books" VALUES(1,1,'life-story','Ffi''s life story','a5-portrait','draft','2025-01-31','2024-02-03 10:11:12.000000','2024-02-03 10:11:12.000000');
CREATE TABLE children (
	id INTEGER NOT NULL, 
	full_name VARCHAR(200) NOT NULL, 
	preferred_name VARCHAR(100) NOT NULL, 
	date_of_birth DATE, 
	"plan" VARCHAR(40) NOT NULL, 
	is_sample BOOLEAN NOT NULL, 
	came_into_care DATE, 
	placement_date DATE, 
	placement_order_date DATE, 
	adoption_order_date DATE, 
	celebration_hearing_date DATE, 
	notes TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_children PRIMARY KEY (id)
);
INSERT INTO "children" VALUES(1,'Ffion Sample-Jones','Ffi','2018-11-02','long-term-foster-care',0,'2020-01-15','2020-03-01',NULL,NULL,NULL,'Likes dinosaurs; café visits ☕','2024-02-03 10:11:12.000000','2024-02-04 09:00:00.000000');
INSERT INTO "children" VALUES(2,'Sam Second','Sam',NULL,'adoption',1,NULL,NULL,'2022-05-06','2023-01-02',NULL,'','2024-02-03 10:11:12.000000','2024-02-03 10:11:12.000000');
CREATE TABLE comments (
	id INTEGER NOT NULL, 
	book_id INTEGER NOT NULL, 
	page_id INTEGER, 
	frame_key VARCHAR(40), 
	author VARCHAR(100) NOT NULL, 
	body TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	resolved BOOLEAN NOT NULL, 
	CONSTRAINT pk_comments PRIMARY KEY (id), 
	CONSTRAINT fk_comments_book_id_books FOREIGN KEY(book_id) REFERENCES books (id) ON DELETE CASCADE, 
	CONSTRAINT fk_comments_page_id_pages FOREIGN KEY(page_id) REFERENCES pages (id) ON DELETE CASCADE
);
INSERT INTO "comments" VALUES(1,1,2,'text','qa-reviewer','Please check the dates','2024-02-03 10:11:12.000000',0);
CREATE TABLE frame_contents (
	id INTEGER NOT NULL, 
	page_id INTEGER NOT NULL, 
	frame_key VARCHAR(40) NOT NULL, 
	text TEXT NOT NULL, 
	style VARCHAR(40), 
	media_id INTEGER, 
	crop_x FLOAT NOT NULL, 
	crop_y FLOAT NOT NULL, 
	crop_zoom FLOAT NOT NULL, 
	rotation INTEGER NOT NULL, 
	CONSTRAINT pk_frame_contents PRIMARY KEY (id), 
	CONSTRAINT fk_frame_contents_media_id_media_items FOREIGN KEY(media_id) REFERENCES media_items (id) ON DELETE SET NULL, 
	CONSTRAINT fk_frame_contents_page_id_pages FOREIGN KEY(page_id) REFERENCES pages (id) ON DELETE CASCADE, 
	CONSTRAINT uq_frame_page_key UNIQUE (page_id, frame_key)
);
INSERT INTO "frame_contents" VALUES(1,1,'photo1','',NULL,1,0.25,0.75,1.5,90);
INSERT INTO "frame_contents" VALUES(2,2,'text','Ffi loves the sea','body',NULL,0.5,0.5,1.0,0);
CREATE TABLE media_items (
	id INTEGER NOT NULL, 
	child_id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	original_name VARCHAR(255) NOT NULL, 
	format VARCHAR(10) NOT NULL, 
	byte_size INTEGER NOT NULL, 
	width INTEGER NOT NULL, 
	height INTEGER NOT NULL, 
	orientation INTEGER NOT NULL, 
	taken_at DATETIME, 
	caption TEXT NOT NULL, 
	source VARCHAR(200) NOT NULL, 
	use_agreed BOOLEAN NOT NULL, 
	agreed_by VARCHAR(100) NOT NULL, 
	imported_at DATETIME NOT NULL, 
	CONSTRAINT pk_media_items PRIMARY KEY (id), 
	CONSTRAINT fk_media_items_child_id_children FOREIGN KEY(child_id) REFERENCES children (id) ON DELETE CASCADE, 
	CONSTRAINT uq_media_child_sha UNIQUE (child_id, sha256)
);
INSERT INTO "media_items" VALUES(1,1,'abababababababababababababababababababababababababababababababab','IMG_0001.JPG','jpg',123456,4032,3024,6,'2021-07-04 15:16:17.000000','At the beach','Foster carer',1,'Team manager','2024-02-03 10:11:12.000000');
INSERT INTO "media_items" VALUES(2,1,'cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd','scan.png','png',999,800,600,1,NULL,'','',0,'','2024-02-03 10:11:12.000000');
CREATE TABLE media_people (
	media_id INTEGER NOT NULL, 
	person_id INTEGER NOT NULL, 
	CONSTRAINT pk_media_people PRIMARY KEY (media_id, person_id), 
	CONSTRAINT fk_media_people_media_id_media_items FOREIGN KEY(media_id) REFERENCES media_items (id) ON DELETE CASCADE, 
	CONSTRAINT fk_media_people_person_id_people FOREIGN KEY(person_id) REFERENCES people (id) ON DELETE CASCADE
);
INSERT INTO "media_people" VALUES(1,1);
CREATE TABLE pages (
	id INTEGER NOT NULL, 
	book_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	section VARCHAR(200) NOT NULL, 
	template VARCHAR(60) NOT NULL, 
	prompt TEXT NOT NULL, 
	CONSTRAINT pk_pages PRIMARY KEY (id), 
	CONSTRAINT fk_pages_book_id_books FOREIGN KEY(book_id) REFERENCES books (id) ON DELETE CASCADE
);
INSERT INTO "pages" VALUES(1,1,0,'Cover','cover','Choose a happy photo');
INSERT INTO "pages" VALUES(2,1,1,'All about me now','photo-text','');
CREATE TABLE people (
	id INTEGER NOT NULL, 
	child_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	relationship_to_child VARCHAR(100) NOT NULL, 
	role VARCHAR(40) NOT NULL, 
	consent VARCHAR(20) NOT NULL, 
	consent_note TEXT NOT NULL, 
	date_of_birth DATE, 
	notes TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_people PRIMARY KEY (id), 
	CONSTRAINT fk_people_child_id_children FOREIGN KEY(child_id) REFERENCES children (id) ON DELETE CASCADE
);
INSERT INTO "people" VALUES(1,1,'Gwen','Nan','birth-family','yes','Agreed in writing','1960-05-05','','2024-02-03 10:11:12.000000');
CREATE INDEX ix_audit_entries_at ON audit_entries (at);
CREATE INDEX ix_books_child_id ON books (child_id);
CREATE INDEX ix_media_items_child_id ON media_items (child_id);
CREATE INDEX ix_media_items_sha256 ON media_items (sha256);
CREATE INDEX ix_people_child_id ON people (child_id);
CREATE INDEX ix_pages_book_id ON pages (book_id);
CREATE INDEX ix_comments_book_id ON comments (book_id);
CREATE INDEX ix_frame_contents_media_id ON frame_contents (media_id);
CREATE INDEX ix_frame_contents_page_id ON frame_contents (page_id);
COMMIT;

CREATE TABLE role (slug VARCHAR(100) PRIMARY KEY, name VARCHAR(200) NOT NULL);
INSERT INTO role (slug, name) VALUES ('cpo', 'Chief Product Officer');
